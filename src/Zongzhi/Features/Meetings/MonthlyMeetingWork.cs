using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Meetings;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Meetings;

/// <summary>
/// The shape of every change to a monthly meeting record or one of its tasks: load, check the version read (D3), act,
/// audit, save once; a stale save answers 409.
/// </summary>
public sealed class MonthlyMeetingWork(ZongzhiDb db, CurrentUser current, AuditTrail audit, TownClock clock)
{
    public async Task<IResult> OnMeetingAsync(long id, int? version, string action, Func<CurrentUser.Snapshot, MonthlyMeeting, Task<Result>> work,
        Func<MonthlyMeeting, object?> details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(details);
        var user = await current.RequireAsync(cancellationToken);
        var meeting = await db.MonthlyMeetings.Include(m => m.Tasks).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return Problems.From(new NotFoundError("未找到该例会记录"));
        }

        if (version is { } expected)
        {
            db.Entry(meeting).Property<int>(ZongzhiDb.VersionProperty).OriginalValue = expected;
        }

        var result = await work(user, meeting);
        if (!result.IsSuccess)
        {
            return Problems.From(result.Error!);
        }

        db.Entry(meeting).State = EntityState.Modified;
        try
        {
            audit.Record("MonthlyMeeting", meeting.Id, action, details(meeting));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Stale();
        }

        return TypedResults.Ok(MonthlyMeetingView.From(meeting, db, await MeetingOwners.LoadAsync(db, cancellationToken)));
    }

    /// <summary>Checks that owner departments and people exist (400 with the task's field otherwise).</summary>
    public async Task<DomainError?> CheckOwnersAsync(IReadOnlyList<MonthlyMeetingTaskDraft> drafts, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        for (var i = 0; i < drafts.Count; i++)
        {
            var field = prefix.Length == 0 ? "owner" : $"{prefix}[{i}].owner";
            if (drafts[i].OwnerDepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department && d.IsActive, cancellationToken))
            {
                return new ValidationError(field, "责任部门不存在或已停用");
            }

            if (!string.IsNullOrEmpty(drafts[i].OwnerUserId) && !await db.Users.AnyAsync(u => u.Id == drafts[i].OwnerUserId && !u.IsDisabled, cancellationToken))
            {
                return new ValidationError(field, "责任人不存在或已停用");
            }
        }

        return null;
    }

    public DateTime Now => clock.UtcNow();

    public DateOnly Today => clock.Today();

    public static MonthlyMeetingTaskDraft Draft(MeetingTaskRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Description?.Trim(), request.OwnerDepartmentId, string.IsNullOrWhiteSpace(request.OwnerUserId) ? null : request.OwnerUserId.Trim(), request.DueOn);
    }
}
