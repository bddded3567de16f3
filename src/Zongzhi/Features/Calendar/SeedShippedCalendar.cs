using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Calendar;

/// <summary>
/// Puts the shipped notices into the database for every year that has none yet (first start, or a product update
/// that ships a new year). A year an administrator already loaded is left as it is.
/// </summary>
public sealed class SeedShippedCalendar(ZongzhiDb db, CalendarSource source, ApplyCalendarChange apply, AuditTrail audit, TownClock clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var present = await db.HolidayNotices.Select(n => n.Year).Distinct().ToListAsync(cancellationToken);
        var missing = ShippedNotices.All.Where(s => !present.Contains(s.Year)).ToList();
        if (missing.Count == 0 && await db.CalendarVersions.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var (schedules, overrides) = await source.LoadPartsAsync(cancellationToken);
        schedules.AddRange(missing);
        var calendar = WorkCalendar.From(schedules, overrides);
        foreach (var schedule in missing)
        {
            db.HolidayNotices.Add(LoadHolidayNotice.ToNotice(schedule, "shipped", null, clock.UtcNow(), calendar.Version));
        }

        var years = missing.Count == 0 ? "" : $"{missing.Min(s => s.Year)}–{missing.Max(s => s.Year)}";
        await apply.RunAsync(calendar, $"载入随产品附带的国务院节假日通知 {years}", null, cancellationToken);
        audit.Record("HolidayNotice", years, "calendar.notice.seed", new { years = missing.Select(s => s.Year), calendarVersion = calendar.Version });
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }
}
