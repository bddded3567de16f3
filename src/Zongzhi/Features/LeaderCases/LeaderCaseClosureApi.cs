using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Matters;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform;

namespace Zongzhi.Features.LeaderCases;

/// <summary>
/// The end of a leader case (移交、办结、移交归档): each tells the center what it must do next — file the written notice
/// (<c>POST /api/matters/{id}/file-transfer-notice</c>) or archive (<c>POST /api/matters/{id}/archive</c>).
/// </summary>
public static class LeaderCaseClosureApi
{
    public static IEndpointRouteBuilder MapLeaderCaseClosureApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/leader-cases/{id:long}").WithTags("LeaderCases");
        group.MapPost("/transfer", TransferAsync).RequireAuthorization(Policies.CaseLeader)
            .WithSummary("非本镇职权范围：联系有关部门并移交，书面告知综治中心备案");
        group.MapPost("/close", CloseAsync).RequireAuthorization(Policies.CaseLeader).WithSummary("包案办结（办结结果、当事人满意度）");
        group.MapPost("/hand-over", HandOverAsync).RequireAuthorization(Policies.CaseLeader).WithSummary("向综治中心移交包案材料归档");
        return app;
    }

    public static Task<IResult> TransferAsync(long id, TransferOutsideAuthorityRequest request, LeaderCaseWork work, CancellationToken cancellationToken)
    {
        if (request.ContactedOn is not { } contactedOn)
        {
            return Task.FromResult<IResult>(Problems.Validation("contactedOn", "请填写联系有关部门的日期"));
        }

        return work.RunAsync(id, request.Version, "leaderCase.transfer", async (c, leaderCase) =>
        {
            var notice = MatterActionsApi.CreateNotice(request.Notice, c.Today);
            if (!notice.IsSuccess)
            {
                return notice.Error!;
            }

            var agency = request.CompetentAgency ?? "";
            var transferred = leaderCase.TransferOutsideAuthority(c.Matter, c.User.Id, agency, contactedOn, notice.Value!, c.Now, c.Today);
            if (transferred.IsSuccess)
            {
                c.AuditDetails = new { leaderCaseId = leaderCase.Id, competentAgency = agency, contactedOn };
                await c.NotifyAsync(await c.Notifier.SupervisorsAsync(SupervisionTrack.Center, c.CancellationToken), new Notifier.Message(
                    NotificationKind.DecisionNeeded, $"书面告知：{c.Matter.Number} 已移交{agency}，请备案", notice.Value!.Text,
                    $"/Matters/Details/{c.Matter.Id}", c.Matter.Id, $"leaderCase:{leaderCase.Id}:transferred"));
            }

            return transferred;
        }, cancellationToken: cancellationToken);
    }

    public static Task<IResult> CloseAsync(long id, CloseLeaderCaseRequest request, LeaderCaseWork work, CancellationToken cancellationToken)
    {
        if (request.PartySatisfaction is not { } satisfaction)
        {
            return Task.FromResult<IResult>(Problems.Validation("partySatisfaction", "请选择当事人满意度（满意、基本满意、不满意）"));
        }

        return work.RunAsync(id, request.Version, "leaderCase.close", (c, leaderCase) =>
        {
            c.AuditDetails = new { leaderCaseId = leaderCase.Id, partySatisfaction = satisfaction.ToString() };
            return Task.FromResult(leaderCase.Close(c.Matter, c.User.Id, request.ClosingResult ?? "", satisfaction, c.Now, c.Today));
        }, cancellationToken: cancellationToken);
    }

    public static Task<IResult> HandOverAsync(long id, HandOverMaterialsRequest request, LeaderCaseWork work, CancellationToken cancellationToken) =>
        work.RunAsync(id, request.Version, "leaderCase.handOver", async (c, leaderCase) =>
        {
            var materials = request.Materials ?? [];
            var handed = leaderCase.HandOverMaterials(c.Matter, c.User.Id, materials, c.Now);
            if (handed.IsSuccess)
            {
                c.AuditDetails = new { leaderCaseId = leaderCase.Id, materials = materials.Count };
                await c.NotifyAsync(await c.Notifier.SupervisorsAsync(SupervisionTrack.Center, c.CancellationToken), new Notifier.Message(
                    NotificationKind.DecisionNeeded, $"包案材料已移交：{c.Matter.Number}，请归档", $"共 {materials.Count} 项材料",
                    $"/Matters/Details/{c.Matter.Id}", c.Matter.Id, $"leaderCase:{leaderCase.Id}:handedOver"));
            }

            return handed;
        }, cancellationToken: cancellationToken);
}
