using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Features.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Meetings;

/// <summary>
/// 任务完成: the owner department's staff or the owner person marks a monthly meeting's task done with a note; it
/// leaves the supervision board. A task the user neither owns nor may read answers 404; a reader who is not its owner 403.
/// </summary>
public sealed class CompleteMonthlyMeetingTask(ZongzhiDb db, CurrentUser current, AuditTrail audit, MonthlyMeetingWork work)
{
    public async Task<IResult> RunAsync(long taskId, CompleteMeetingTaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await current.RequireAsync(cancellationToken);
        var task = await db.MonthlyMeetingTasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        var isOwner = task is not null && ((task.OwnerUserId is not null && task.OwnerUserId == user.Id)
            || (task.OwnerDepartmentId is not null && user.IsDepartmentStaff && task.OwnerDepartmentId == user.DepartmentId));
        if (task is null || (!isOwner && !user.IsIn(MeetingPolicies.ReaderRoles)))
        {
            return Problems.From(new NotFoundError("未找到该任务"));
        }

        if (request.Version is { } expected)
        {
            // Checked before the task's own rules: a task a colleague completed meanwhile is 已被他人修改, not a refusal.
            if (expected != db.VersionOf(task))
            {
                return Problems.Stale();
            }

            db.Entry(task).Property<int>(ZongzhiDb.VersionProperty).OriginalValue = expected;
        }

        var result = task.Complete(user.Id, user.IsDepartmentStaff ? user.DepartmentId : null, request.Note?.Trim(), work.Now, work.Today);
        if (!result.IsSuccess)
        {
            return Problems.From(result.Error!);
        }

        try
        {
            audit.Record("MonthlyMeetingTask", task.Id, "meetings.completeTask", new { meetingId = task.MonthlyMeetingId, onTime = task.WasOnTime });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Stale();
        }

        return TypedResults.Ok(MonthlyMeetingView.Task(task, db.VersionOf(task), await MeetingOwners.LoadAsync(db, cancellationToken)));
    }

    /// <summary>The open tasks the user owns (their department's or their own), earliest due first.</summary>
    public async Task<IReadOnlyList<MonthlyMeetingView.TaskView>> MineAsync(CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var department = user.IsDepartmentStaff ? user.DepartmentId : null;
        var tasks = await db.MonthlyMeetingTasks.AsNoTracking()
            .Where(t => t.CompletedAt == null && (t.OwnerUserId == user.Id || (department != null && t.OwnerDepartmentId == department)))
            .OrderBy(t => t.DueOn).ThenBy(t => t.Id).Take(200)
            .Select(t => new { Task = t, Version = EF.Property<int>(t, ZongzhiDb.VersionProperty) }).ToListAsync(cancellationToken);
        var owners = await MeetingOwners.LoadAsync(db, cancellationToken);
        return [.. tasks.Select(t => MonthlyMeetingView.Task(t.Task, t.Version, owners))];
    }
}
