using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform;

namespace Zongzhi.Features.Meetings;

/// <summary>
/// <c>/api/meetings</c>: the monthly meeting records (综治例会记录) — the center director records and corrects them and
/// assigns the next period's tasks; the readers of the pack read them; owners list and complete their tasks.
/// </summary>
public static class MonthlyMeetingsApi
{
    public static IEndpointRouteBuilder MapMonthlyMeetingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings").WithTags("Meetings");
        group.MapGet("/", ListAsync).RequireAuthorization(MeetingPolicies.Reader).WithSummary("例会记录列表（最近的在前）");
        group.MapPost("/", RecordAsync).RequireAuthorization(MeetingPolicies.Writer).WithSummary("记录综治例会：统计月份、日期、参会人员、纪要、下一阶段任务（责任部门或责任人、完成时限）");
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(MeetingPolicies.Reader).WithSummary("例会记录及任务完成情况");
        group.MapPut("/{id:long}", ReviseAsync).RequireAuthorization(MeetingPolicies.Writer).WithSummary("修改例会记录（带版本号；他人已修改时 409）");
        group.MapPost("/{id:long}/tasks", AddTaskAsync).RequireAuthorization(MeetingPolicies.Writer).WithSummary("补充布置下一阶段任务");
        group.MapGet("/tasks/mine", MineAsync).RequireAuthorization(Policies.Staff).WithSummary("本人或本部门负责的未完成例会任务");
        group.MapPost("/tasks/{taskId:long}/complete", CompleteAsync).RequireAuthorization(Policies.Contributor).WithSummary("责任部门或责任人标记任务完成（附完成情况）");
        return app;
    }

    public static async Task<IResult> ListAsync(ZongzhiDb db, CancellationToken cancellationToken)
    {
        var meetings = await db.MonthlyMeetings.AsNoTracking().OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).Take(60)
            .Select(m => new
            {
                m.Id, m.Month, m.HeldOn, Attendees = m.Attendees.Count, Tasks = m.Tasks.Count,
                OpenTasks = m.Tasks.Count(t => t.CompletedAt == null),
            }).ToListAsync(cancellationToken);
        return TypedResults.Ok(meetings.Select(m => new { m.Id, Month = m.Month.ToString(), m.HeldOn, m.Attendees, m.Tasks, m.OpenTasks }).ToList());
    }

    public static Task<IResult> RecordAsync(RecordMeetingRequest request, RecordMonthlyMeeting record, CancellationToken cancellationToken) =>
        record.RunAsync(request, cancellationToken);

    public static async Task<IResult> GetAsync(long id, ZongzhiDb db, CancellationToken cancellationToken)
    {
        var meeting = await db.MonthlyMeetings.Include(m => m.Tasks).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return meeting is null
            ? Problems.From(new NotFoundError("未找到该例会记录"))
            : TypedResults.Ok(MonthlyMeetingView.From(meeting, db, await MeetingOwners.LoadAsync(db, cancellationToken)));
    }

    public static Task<IResult> ReviseAsync(long id, ReviseMeetingRequest request, ReviseMonthlyMeeting revise, CancellationToken cancellationToken) =>
        revise.RunAsync(id, request, cancellationToken);

    public static Task<IResult> AddTaskAsync(long id, MeetingTaskRequest request, AddMonthlyMeetingTask add, CancellationToken cancellationToken) =>
        add.RunAsync(id, request, cancellationToken);

    public static async Task<IResult> MineAsync(CompleteMonthlyMeetingTask tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.MineAsync(cancellationToken));

    public static Task<IResult> CompleteAsync(long taskId, CompleteMeetingTaskRequest request, CompleteMonthlyMeetingTask complete, CancellationToken cancellationToken) =>
        complete.RunAsync(taskId, request, cancellationToken);
}
