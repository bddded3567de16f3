using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Calendar;

/// <summary>
/// Loads a year's holiday notice (a new year's, or a corrected one): the previous notice of that year stays as
/// history, open deadlines are recounted, and the change is audited, all in one save.
/// </summary>
public sealed class LoadHolidayNotice(ZongzhiDb db, CalendarSource source, ApplyCalendarChange apply, AuditTrail audit, TownClock clock)
{
    public sealed record Outcome(int Year, int Days, string CalendarVersion, int RecomputedDeadlines, bool Replaced);

    public async Task<Outcome> RunAsync(HolidaySchedule schedule, string origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var (schedules, overrides) = await source.LoadPartsAsync(cancellationToken);
        schedules.RemoveAll(s => s.Year == schedule.Year);
        schedules.Add(schedule);
        var calendar = WorkCalendar.From(schedules, overrides);

        var previous = await db.HolidayNotices.Where(n => n.Year == schedule.Year && n.IsCurrent).ToListAsync(cancellationToken);
        foreach (var notice in previous)
        {
            notice.IsCurrent = false;
        }

        var userId = audit.Actor.UserId;
        db.HolidayNotices.Add(ToNotice(schedule, origin, userId, clock.UtcNow(), calendar.Version));
        var change = previous.Count == 0 ? $"载入 {schedule.Year} 年节假日通知" : $"更正 {schedule.Year} 年节假日通知";
        var record = await apply.RunAsync(calendar, change, userId, cancellationToken);
        audit.Record("HolidayNotice", schedule.Year, previous.Count == 0 ? "calendar.notice.load" : "calendar.notice.correct", new
        {
            schedule.Year,
            origin,
            days = schedule.Days.Count,
            calendarVersion = calendar.Version,
            recomputedDeadlines = record.RecomputedDeadlines,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(schedule.Year, schedule.Days.Count, calendar.Version, record.RecomputedDeadlines, previous.Count > 0);
    }

    public static HolidayNotice ToNotice(HolidaySchedule schedule, string origin, string? userId, DateTime now, string version) => new()
    {
        Year = schedule.Year,
        Sources = string.Join('\n', schedule.Notices),
        Origin = origin,
        IsCurrent = true,
        LoadedAt = now,
        LoadedByUserId = userId,
        CalendarVersion = version,
        Days = schedule.Days.Select(d => new HolidayNoticeDay { Date = d.Date, Kind = d.Kind, Name = d.Name }).ToList(),
    };
}
