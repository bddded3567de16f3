using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Meetings;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Meetings;

/// <summary>记录综治例会: the center director records the month's meeting and the next period's tasks (one record per month).</summary>
public sealed class RecordMonthlyMeeting(ZongzhiDb db, CurrentUser current, AuditTrail audit, MonthlyMeetingWork work)
{
    public async Task<IResult> RunAsync(RecordMeetingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await current.RequireAsync(cancellationToken);
        var month = ReportMonth.Parse(request.Month?.Trim());
        if (month is null && !string.IsNullOrWhiteSpace(request.Month))
        {
            return Problems.Validation("month", "统计月份格式应为 yyyy-MM，例如 2026-10");
        }

        var drafts = (request.Tasks ?? []).Select(MonthlyMeetingWork.Draft).ToList();
        var recorded = MonthlyMeeting.Record(month, request.HeldOn, request.Attendees, request.Minutes?.Trim(), drafts, user.Id, work.Now, work.Today);
        if (!recorded.IsSuccess)
        {
            return Problems.From(recorded.Error!);
        }

        if (await work.CheckOwnersAsync(drafts, "tasks", cancellationToken) is { } ownerError)
        {
            return Problems.From(ownerError);
        }

        var meeting = recorded.Value!;
        if (await db.MonthlyMeetings.AnyAsync(m => m.Month == meeting.Month, cancellationToken))
        {
            return Problems.From(new ConflictError($"{meeting.Month} 的例会已记录，请在原记录上修改"));
        }

        db.MonthlyMeetings.Add(meeting);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("MonthlyMeeting", meeting.Id, "meetings.record",
                new { month = meeting.Month.ToString(), heldOn = meeting.HeldOn, attendees = meeting.Attendees.Count, tasks = meeting.Tasks.Count });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two directors recording the same month at once: the unique index on Month refuses the second.
            return Problems.From(new ConflictError($"{meeting.Month} 的例会已记录，请在原记录上修改"));
        }

        return TypedResults.Created($"/api/meetings/{meeting.Id}", MonthlyMeetingView.From(meeting, db, await MeetingOwners.LoadAsync(db, cancellationToken)));
    }
}
