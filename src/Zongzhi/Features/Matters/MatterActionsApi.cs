using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform;

namespace Zongzhi.Features.Matters;

/// <summary>
/// Triage and the end of a matter's life: 受理, 不予受理, 重复件, 领导包案, 移交, 回访, 办结, 备案, 归档 — each a POST on
/// <c>/api/matters/{id}/…</c>, each through <see cref="MatterWork"/> (scope, audit, notifications, version).
/// </summary>
public static class MatterActionsApi
{
    public static IEndpointRouteBuilder MapMatterActionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/matters/{id:long}").WithTags("Matters");
        group.MapPost("/accept", AcceptAsync).RequireAuthorization(Policies.Director).WithSummary("受理（复杂程度、督办部门）");
        group.MapPost("/decline", DeclineAsync).RequireAuthorization(Policies.Director).WithSummary("不予受理（须写明理由）");
        group.MapPost("/merge", MergeAsync).RequireAuthorization(Policies.Director).WithSummary("作为重复件并入已有事项");
        group.MapPost("/hand-to-leader", HandToLeaderAsync).RequireAuthorization(Policies.LeaderAssigner).WithSummary("交由领导包案");
        group.MapPost("/transfer", TransferAsync).RequireAuthorization(Policies.Director).WithSummary("移交中心以外单位，书面通报党政办");
        group.MapPost("/callback", CallbackAsync).RequireAuthorization(Policies.Supervisor).WithSummary("回访（当事人满意度）");
        group.MapPost("/close", CloseAsync).RequireAuthorization(Policies.Supervisor).WithSummary("办结");
        group.MapPost("/file-transfer-notice", FileNoticeAsync).RequireAuthorization(Policies.Archivist).WithSummary("书面告知备案");
        group.MapPost("/archive", ArchiveAsync).RequireAuthorization(Policies.Archivist).WithSummary("归档（归档号、材料清单）");
        return app;
    }

    public static Task<IResult> AcceptAsync(long id, AcceptRequest request, MatterWork work, CancellationToken cancellationToken)
    {
        if (request.Complexity is null)
        {
            return Task.FromResult<IResult>(Problems.Validation("complexity", "请选择复杂程度（一般、复杂、特别复杂）"));
        }

        return work.RunAsync(id, request.Version, "matter.accept", async c =>
        {
            var track = request.Track ?? SupervisionTrack.Center;
            c.AuditDetails = new { complexity = request.Complexity.ToString(), track = track.ToString() };
            return await Task.FromResult(c.Matter.Accept(c.User.Id, request.Complexity.Value, track, c.Now));
        }, cancellationToken: cancellationToken);
    }

    public static Task<IResult> DeclineAsync(long id, DeclineRequest request, MatterWork work, CancellationToken cancellationToken) =>
        work.RunAsync(id, request.Version, "matter.decline",
            c => Task.FromResult(c.Matter.Decline(c.User.Id, request.Reason ?? "", c.Now)), cancellationToken: cancellationToken);

    public static Task<IResult> MergeAsync(long id, MergeRequest request, MatterWork work, MatterAccess access, CancellationToken cancellationToken) =>
        work.RunAsync(id, request.Version, "matter.merge", async c =>
        {
            var original = request.OriginalMatterId is { } originalId
                ? await access.Visible(c.User).FirstOrDefaultAsync(m => m.Id == originalId, c.CancellationToken)
                : null;
            if (original is null)
            {
                return new ValidationError("originalMatterId", "请选择要并入的已有事项");
            }

            c.AuditDetails = new { originalMatterId = original.Id };
            return c.Matter.MergeAsDuplicate(original, c.User.Id, c.Now);
        }, cancellationToken: cancellationToken);

    public static Task<IResult> HandToLeaderAsync(long id, HandToLeaderRequest request, MatterWork work, CancellationToken cancellationToken) =>
        work.RunAsync(id, request.Version, "matter.handToLeader", async c =>
        {
            var leaders = await c.Notifier.UsersInRoleAsync(Roles.CaseLeader, cancellationToken: c.CancellationToken);
            if (request.CaseLeaderUserId is not { } leaderId || !leaders.Contains(leaderId))
            {
                return new ValidationError("caseLeaderUserId", "请选择一名包案领导");
            }

            var handed = c.Matter.HandToLeader(c.User.Id, leaderId, c.Now);
            if (!handed.IsSuccess)
            {
                return handed.Error!;
            }

            c.Db.LeaderCases.Add(handed.Value!);
            c.AuditDetails = new { caseLeaderUserId = leaderId };
            await c.NotifyAsync([leaderId], new Notifier.Message(NotificationKind.LeaderCaseAssigned, $"领导包案：{c.Matter.Number}",
                c.Matter.Summary, $"/LeaderCases?matter={c.Matter.Id}", c.Matter.Id, $"matter:{c.Matter.Id}:leader:{leaderId}"));
            return Result.Success;
        }, cancellationToken: cancellationToken);

    public static Task<IResult> TransferAsync(long id, TransferRequest request, MatterWork work, CancellationToken cancellationToken) =>
        work.RunAsync(id, request.Version, "matter.transfer", async c =>
        {
            var notice = CreateNotice(request.Notice, c.Today);
            if (!notice.IsSuccess)
            {
                return notice.Error!;
            }

            var transferred = c.Matter.TransferOutsideCenter(c.User.Id, request.ReceivingUnit ?? "", notice.Value!, c.Now, c.Today);
            if (transferred.IsSuccess)
            {
                c.AuditDetails = new { receivingUnit = request.ReceivingUnit };
                await c.NotifyAsync(await c.Notifier.SupervisorsAsync(SupervisionTrack.PartyGovernmentOffice, c.CancellationToken),
                    new Notifier.Message(NotificationKind.DecisionNeeded, $"书面通报：{c.Matter.Number} 已移交{request.ReceivingUnit}，请督办",
                        c.Matter.Summary, $"/Matters/Details/{c.Matter.Id}", c.Matter.Id, $"matter:{c.Matter.Id}:transferred"));
            }

            return transferred;
        }, cancellationToken: cancellationToken);

    public static Task<IResult> CallbackAsync(long id, CallbackRequest request, MatterWork work, CancellationToken cancellationToken)
    {
        if (request.Method is null || request.Satisfaction is null)
        {
            return Task.FromResult<IResult>(Problems.Validation(request.Method is null ? "method" : "satisfaction",
                request.Method is null ? "请选择回访方式" : "请选择当事人满意度（满意、基本满意、不满意）"));
        }

        return work.RunAsync(id, request.Version, "matter.callback", c =>
        {
            c.AuditDetails = new { method = request.Method.ToString(), satisfaction = request.Satisfaction.ToString() };
            var recorded = c.Matter.RecordCallback(c.User.Id, request.Method.Value, request.Satisfaction.Value, request.Notes, c.Now, c.Today);
            return Task.FromResult(recorded.IsSuccess ? Result.Success : Result.Fail(recorded.Error!));
        }, cancellationToken: cancellationToken);
    }

    public static Task<IResult> CloseAsync(long id, VersionRequest request, MatterWork work, CancellationToken cancellationToken) =>
        work.RunAsync(id, request.Version, "matter.close", c => Task.FromResult(
            c.User.SupervisingBody is { } body ? c.Matter.Close(body, c.User.Id, c.Now, c.Today) : Result.Fail(new ForbiddenError("只有督办部门可以办结事项"))),
            cancellationToken: cancellationToken);

    public static Task<IResult> FileNoticeAsync(long id, VersionRequest request, MatterWork work, CancellationToken cancellationToken) =>
        work.RunAsync(id, request.Version, "matter.fileTransferNotice",
            c => Task.FromResult(c.Matter.FileTransferNotice(c.User.Id, c.Now)), cancellationToken: cancellationToken);

    public static Task<IResult> ArchiveAsync(long id, ArchiveRequest request, MatterWork work, CancellationToken cancellationToken) =>
        work.RunAsync(id, request.Version, "matter.archive", async c =>
        {
            var leaderCase = await c.Db.LeaderCases.FirstOrDefaultAsync(l => l.MatterId == c.Matter.Id, c.CancellationToken);
            c.AuditDetails = new { archiveNumber = request.ArchiveNumber, materials = request.Materials?.Count ?? 0 };
            return c.Matter.Archive(c.User.Id, request.ArchiveNumber ?? "", request.Materials ?? [], c.Now, leaderCase);
        }, cancellationToken: cancellationToken);

    public static Result<WrittenNotice> CreateNotice(WrittenNoticeRequest? notice, DateOnly today) =>
        notice is null
            ? new ValidationError("notice", "请填写书面通报")
            : WrittenNotice.Create(notice.DocumentNumber, notice.AddressedTo ?? "", notice.Text ?? "", notice.IssuedOn ?? today, today);
}
