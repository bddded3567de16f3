using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform;

namespace Zongzhi.Features.LeaderCases;

/// <summary>
/// The leader's handling of a case (接案、调处方案、办理进展、请求部门协助) and the department's reply to a coordination
/// request; each through <see cref="LeaderCaseWork"/>. Only the named leader acts (the domain answers 403 to others
/// who can see the case; the rest get 404).
/// </summary>
public static class LeaderCaseHandlingApi
{
    public static IEndpointRouteBuilder MapLeaderCaseHandlingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/leader-cases/{id:long}").WithTags("LeaderCases");
        group.MapPost("/take", TakeAsync).RequireAuthorization(Policies.CaseLeader).WithSummary("包案领导接案（起算一个月办结期限）");
        group.MapPost("/plan", RecordPlanAsync).RequireAuthorization(Policies.CaseLeader).WithSummary("制定或修订调处方案（调查情况、调处措施、参与人员）");
        group.MapPost("/progress", AddProgressNoteAsync).RequireAuthorization(Policies.CaseLeader).WithSummary("记录办理进展");
        group.MapPost("/coordination-requests", RequestCoordinationAsync).RequireAuthorization(Policies.CaseLeader)
            .WithSummary("请求部门协助调处（协助部门、协助事项、答复期限），通知该部门");
        app.MapPost("/api/coordination-requests/{id:long}/reply", ReplyAsync).WithTags("LeaderCases")
            .RequireAuthorization(Policies.DepartmentStaff).WithSummary("协助部门答复包案领导的协助请求");
        return app;
    }

    public static Task<IResult> TakeAsync(long id, TakeLeaderCaseRequest request, LeaderCaseWork work, CancellationToken cancellationToken) =>
        work.RunAsync(id, request.Version, "leaderCase.take", async (c, leaderCase) =>
        {
            var taken = leaderCase.Take(c.Matter, c.User.Id, c.Now, c.Today, await c.CalendarAsync(), await c.RulesAsync());
            c.AuditDetails = new { leaderCaseId = leaderCase.Id, dueOn = leaderCase.Deadline?.DueOn };
            return taken;
        }, cancellationToken: cancellationToken);

    public static Task<IResult> RecordPlanAsync(long id, HandlingPlanRequest request, LeaderCaseWork work, CancellationToken cancellationToken) =>
        work.RunAsync(id, request.Version, "leaderCase.plan", (c, leaderCase) =>
        {
            c.AuditDetails = new { leaderCaseId = leaderCase.Id };
            return Task.FromResult(leaderCase.RecordPlan(c.Matter, c.User.Id, request.Findings ?? "", request.Measures ?? "", request.People ?? "", c.Now));
        }, cancellationToken: cancellationToken);

    public static Task<IResult> AddProgressNoteAsync(long id, ProgressNoteRequest request, LeaderCaseWork work, CancellationToken cancellationToken) =>
        work.RunAsync(id, request.Version, "leaderCase.progress", (c, leaderCase) =>
        {
            c.AuditDetails = new { leaderCaseId = leaderCase.Id };
            var added = leaderCase.AddProgressNote(c.Matter, c.User.Id, request.Text ?? "", c.Now);
            return Task.FromResult(added.IsSuccess ? Result.Success : Result.Fail(added.Error!));
        }, cancellationToken: cancellationToken);

    public static Task<IResult> RequestCoordinationAsync(long id, CoordinationRequestRequest request, LeaderCaseWork work, CancellationToken cancellationToken)
    {
        if (request.DueOn is not { } dueOn)
        {
            return Task.FromResult<IResult>(Problems.Validation("dueOn", "请填写答复期限"));
        }

        CoordinationRequest? created = null;
        return work.RunAsync(id, request.Version, "leaderCase.requestCoordination", async (c, leaderCase) =>
        {
            var departmentId = request.DepartmentId ?? 0;
            if (departmentId > 0 && !await c.Db.Departments.AnyAsync(d => d.Id == departmentId && d.IsActive, c.CancellationToken))
            {
                return new ValidationError("departmentId", "请选择协助部门");
            }

            var requested = leaderCase.RequestCoordination(
                c.Matter, c.User.Id, departmentId, request.Request ?? "", dueOn, c.Now, c.Today, await c.CalendarAsync());
            if (!requested.IsSuccess)
            {
                return requested.Error!;
            }

            created = requested.Value!;
            c.AuditDetails = new { leaderCaseId = leaderCase.Id, departmentId, dueOn };
            await c.NotifyAsync(await c.Notifier.DepartmentStaffAsync(departmentId, c.CancellationToken), new Notifier.Message(
                NotificationKind.Assigned, $"包案协助请求：{c.Matter.Number}，请于 {LeaderCasesApi.Date(dueOn)} 前答复", created.Request,
                LeaderCasesApi.Link(leaderCase.Id), c.Matter.Id, $"leaderCase:{leaderCase.Id}:coordination:{leaderCase.CoordinationRequests.Count}"));
            return Result.Success;
        }, _ => TypedResults.Created($"/api/coordination-requests/{created!.Id}", new { id = created.Id }), cancellationToken);
    }

    public static Task<IResult> ReplyAsync(long id, CoordinationReplyRequest request, LeaderCaseWork work, CancellationToken cancellationToken) =>
        work.RunForCoordinationRequestAsync(id, "leaderCase.replyCoordination", async (c, leaderCase) =>
        {
            var coordination = leaderCase.CoordinationRequests.Single(r => r.Id == id);
            var answered = leaderCase.AnswerCoordination(c.Matter, coordination, c.User.Id, c.User.DepartmentId ?? 0, request.Reply ?? "", c.Now, c.Today);
            if (answered.IsSuccess)
            {
                c.AuditDetails = new { leaderCaseId = leaderCase.Id, coordinationRequestId = id };
                await c.NotifyAsync([leaderCase.CaseLeaderUserId], new Notifier.Message(
                    NotificationKind.Information, $"协助部门已答复：{c.Matter.Number}", request.Reply ?? "",
                    LeaderCasesApi.Link(leaderCase.Id), c.Matter.Id, $"coordination:{id}:replied"));
            }

            return answered;
        }, cancellationToken);
}
