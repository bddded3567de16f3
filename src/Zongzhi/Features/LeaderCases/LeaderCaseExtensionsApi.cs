using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform;

namespace Zongzhi.Features.LeaderCases;

/// <summary>
/// Extensions of leader cases (延期): the leader requests, only the top leader (党政一把手) approves or rejects — the
/// policy answers 403 to anyone else, and the domain checks it again. The same <see cref="ExtensionRequest"/> mechanism
/// as assignment sheets.
/// </summary>
public static class LeaderCaseExtensionsApi
{
    public static IEndpointRouteBuilder MapLeaderCaseExtensionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/leader-cases/{id:long}/extension-requests", RequestAsync).WithTags("LeaderCases")
            .RequireAuthorization(Policies.CaseLeader).WithSummary("申请延期（理由、延期办理期限），报党政一把手审批");
        var decisions = app.MapGroup("/api/leader-cases/extension-requests").WithTags("LeaderCases").RequireAuthorization(Policies.TopLeader);
        decisions.MapGet("/", LeaderCasesApi.ExtensionRequestsAsync).WithSummary("包案延期申请（党政一把手审批队列，可按状态筛选）");
        decisions.MapPost("/{id:long}/approve", ApproveAsync).WithSummary("批准包案延期（可另定期限，附审批意见）");
        decisions.MapPost("/{id:long}/reject", RejectAsync).WithSummary("不批准包案延期（须写明理由，期限不变）");
        return app;
    }

    public static Task<IResult> RequestAsync(long id, LeaderCaseExtensionRequest request, LeaderCaseWork work, CancellationToken cancellationToken)
    {
        if (request.ProposedDueOn is not { } proposedDueOn)
        {
            return Task.FromResult<IResult>(Problems.Validation("proposedDueOn", "请填写申请延期至的日期"));
        }

        ExtensionRequest? created = null;
        return work.RunAsync(id, request.Version, "leaderCase.requestExtension", async (c, leaderCase) =>
        {
            var submitted = leaderCase.RequestExtension(c.Matter, c.User.Id, request.Reason ?? "", proposedDueOn, c.Now, c.Today);
            if (!submitted.IsSuccess)
            {
                return submitted.Error!;
            }

            created = submitted.Value!;
            c.AuditDetails = new { leaderCaseId = leaderCase.Id, proposedDueOn };
            await c.NotifyAsync(await c.Notifier.UsersInRoleAsync(Roles.TopLeader, cancellationToken: c.CancellationToken), new Notifier.Message(
                NotificationKind.DecisionNeeded, $"包案延期申请待审批：{c.Matter.Number}，申请延期至 {LeaderCasesApi.Date(proposedDueOn)}", created.Reason,
                "/ExtensionRequests", c.Matter.Id, $"leaderCase:{leaderCase.Id}:extension:{leaderCase.ExtensionRequests.Count}"));
            return Result.Success;
        }, _ => TypedResults.Created($"/api/leader-cases/extension-requests/{created!.Id}", new { id = created.Id }), cancellationToken);
    }

    public static Task<IResult> ApproveAsync(long id, ApproveLeaderCaseExtensionRequest request, LeaderCaseWork work, CancellationToken cancellationToken) =>
        work.RunForExtensionRequestAsync(id, "leaderCase.approveExtension", async (c, leaderCase) =>
        {
            var approved = Pending(leaderCase.PendingExtension, id)
                ?? leaderCase.ApproveExtension(c.Matter, c.User.Id, c.User.IsIn(Roles.TopLeader), request.ApprovedDueOn, request.Comment, c.Now);
            if (approved.IsSuccess)
            {
                c.AuditDetails = new { leaderCaseId = leaderCase.Id, extensionRequestId = id, dueOn = leaderCase.Deadline!.DueOn };
                await c.NotifyAsync([leaderCase.CaseLeaderUserId], new Notifier.Message(
                    NotificationKind.DecisionMade, $"包案延期已批准：{c.Matter.Number}，期限延至 {LeaderCasesApi.Date(leaderCase.Deadline.DueOn)}", request.Comment ?? "",
                    LeaderCasesApi.Link(leaderCase.Id), c.Matter.Id, $"extension:{id}:decided"));
            }

            return approved;
        }, cancellationToken);

    public static Task<IResult> RejectAsync(long id, RejectLeaderCaseExtensionRequest request, LeaderCaseWork work, CancellationToken cancellationToken) =>
        work.RunForExtensionRequestAsync(id, "leaderCase.rejectExtension", async (c, leaderCase) =>
        {
            var rejected = Pending(leaderCase.PendingExtension, id)
                ?? leaderCase.RejectExtension(c.Matter, c.User.Id, c.User.IsIn(Roles.TopLeader), request.Reason ?? "", c.Now);
            if (rejected.IsSuccess)
            {
                c.AuditDetails = new { leaderCaseId = leaderCase.Id, extensionRequestId = id };
                await c.NotifyAsync([leaderCase.CaseLeaderUserId], new Notifier.Message(
                    NotificationKind.DecisionMade, $"包案延期未获批准：{c.Matter.Number}，期限仍为 {LeaderCasesApi.Date(leaderCase.Deadline!.DueOn)}", request.Reason ?? "",
                    LeaderCasesApi.Link(leaderCase.Id), c.Matter.Id, $"extension:{id}:decided"));
            }

            return rejected;
        }, cancellationToken);

    // The domain decides the case's pending request; the id in the route must be that request, not an older one.
    private static Result? Pending(ExtensionRequest? pending, long id) =>
        pending is not null && pending.Id == id ? null : (Result?)Result.Fail(new ConflictError("该延期申请已审批或已撤销"));
}
