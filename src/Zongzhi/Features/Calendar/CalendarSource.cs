using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;

namespace Zongzhi.Features.Calendar;

/// <summary>
/// The working-day calendar as the database holds it: current notices and active local overrides. Built calendars
/// are cached per calendar version, so every node sees a change on its next read.
/// </summary>
public sealed class CalendarSource(ZongzhiDb db, CalendarCache cache)
{
    public async Task<WorkCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        var latest = await db.CalendarVersions.OrderByDescending(v => v.Id).Select(v => (long?)v.Id).FirstOrDefaultAsync(cancellationToken);
        if (cache.TryGet(latest ?? 0, out var cached))
        {
            return cached;
        }

        var (schedules, overrides) = await LoadPartsAsync(cancellationToken);
        var calendar = WorkCalendar.From(schedules, overrides);
        cache.Set(latest ?? 0, calendar);
        return calendar;
    }

    public async Task<(List<HolidaySchedule> Schedules, List<LocalOverride> Overrides)> LoadPartsAsync(CancellationToken cancellationToken = default)
    {
        var notices = await db.HolidayNotices.AsNoTracking().Where(n => n.IsCurrent).Include(n => n.Days).ToListAsync(cancellationToken);
        var schedules = notices.Select(ToSchedule).ToList();
        var overrides = await db.CalendarOverrides.AsNoTracking().Where(o => o.RemovedAt == null)
            .Select(o => new LocalOverride(o.Date, o.Kind, o.Reason)).ToListAsync(cancellationToken);
        return (schedules, overrides);
    }

    public static HolidaySchedule ToSchedule(HolidayNotice notice) => new(
        notice.Year,
        notice.Sources.Split('\n', StringSplitOptions.RemoveEmptyEntries),
        notice.Days.OrderBy(d => d.Date).Select(d => new NoticeDay(d.Date, d.Kind, d.Name)).ToList());
}

/// <summary>The last built calendar, keyed by the id of the calendar version it reflects.</summary>
public sealed class CalendarCache
{
    private (long VersionId, WorkCalendar Calendar)? _entry;

    public bool TryGet(long versionId, out WorkCalendar calendar)
    {
        var entry = _entry;
        if (entry is { } e && e.VersionId == versionId)
        {
            calendar = e.Calendar;
            return true;
        }

        calendar = null!;
        return false;
    }

    public void Set(long versionId, WorkCalendar calendar) => _entry = (versionId, calendar);
}
