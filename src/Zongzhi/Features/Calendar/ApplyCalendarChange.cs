using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Platform;

namespace Zongzhi.Features.Calendar;

/// <summary>
/// After a notice or override changes, recounts every open computed deadline with the new calendar, keeps each
/// previous value as a <see cref="DeadlineRevision"/>, and records the new calendar version. The caller saves
/// everything in one SaveChangesAsync with its audit entry.
/// </summary>
public sealed class ApplyCalendarChange(ZongzhiDb db, TownClock clock)
{
    public async Task<CalendarVersionRecord> RunAsync(WorkCalendar calendar, string change, string? userId, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow();
        var open = await db.Deadlines.Where(d => d.MetOn == null && d.Unit != null && !d.IsExtended).ToListAsync(cancellationToken);
        var recomputed = 0;
        foreach (var deadline in open)
        {
            if (deadline.Recompute(calendar) is not { } previous)
            {
                continue;
            }

            recomputed++;
            db.DeadlineRevisions.Add(new DeadlineRevision
            {
                DeadlineId = deadline.Id,
                PreviousDueOn = previous.DueOn,
                PreviousProvisional = previous.IsProvisional,
                PreviousCalendarVersion = previous.CalendarVersion,
                NewDueOn = deadline.DueOn,
                NewProvisional = deadline.IsProvisional,
                NewCalendarVersion = deadline.CalendarVersion,
                ChangedAt = now,
                Cause = change,
            });
        }

        var record = new CalendarVersionRecord
        {
            Version = calendar.Version,
            ChangedAt = now,
            ChangedByUserId = userId,
            Change = change.Length > 500 ? change[..500] : change,
            RecomputedDeadlines = recomputed,
        };
        db.CalendarVersions.Add(record);
        return record;
    }
}
