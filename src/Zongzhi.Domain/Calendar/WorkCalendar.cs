using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zongzhi.Domain.Calendar;

/// <summary>
/// Working days under the State Council holiday notices, including makeup working days (调休上班), with local
/// overrides on top; counts periods by the Civil Code (民法典第二百条至第二百零四条).
/// </summary>
public sealed class WorkCalendar
{
    private readonly Dictionary<DateOnly, NoticeDay> _noticeDays;
    private readonly Dictionary<DateOnly, LocalOverride> _overrides;
    private readonly HashSet<int> _publishedYears;

    private WorkCalendar(
        Dictionary<DateOnly, NoticeDay> noticeDays,
        Dictionary<DateOnly, LocalOverride> overrides,
        HashSet<int> publishedYears,
        string version)
    {
        _noticeDays = noticeDays;
        _overrides = overrides;
        _publishedYears = publishedYears;
        Version = version;
    }

    /// <summary>
    /// A short fingerprint of everything the calendar counts with (published years, notice days, overrides):
    /// equal calendars have equal versions on every node; any change gives a new one.
    /// </summary>
    public string Version { get; }

    /// <summary>The years whose notice is published, in order.</summary>
    public IReadOnlyList<int> PublishedYears => [.. _publishedYears.Order()];

    /// <summary>Builds a calendar from the published schedules and the local overrides.</summary>
    /// <remarks>A schedule with no notice and no days is treated as unpublished, whatever its year.</remarks>
    public static WorkCalendar From(IEnumerable<HolidaySchedule> schedules, IEnumerable<LocalOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var published = new HashSet<int>();
        var days = new Dictionary<DateOnly, NoticeDay>();
        foreach (var schedule in schedules.Where(s => s.IsPublished).OrderBy(s => s.Year))
        {
            published.Add(schedule.Year);
            foreach (var day in schedule.Days)
            {
                // A later year's notice wins for a day it names (the 2019 notice settles 2018-12-29).
                days[day.Date] = day;
            }
        }

        var overrideMap = new Dictionary<DateOnly, LocalOverride>();
        foreach (var item in overrides ?? [])
        {
            overrideMap[item.Date] = item;
        }

        return new WorkCalendar(days, overrideMap, published, Fingerprint(published, days, overrideMap));
    }

    /// <summary>Describes one day: its kind, the holiday's name and whether it is settled.</summary>
    public CalendarDay Describe(DateOnly date)
    {
        if (_overrides.TryGetValue(date, out var local))
        {
            // A local decision is final for the town, whatever a later national notice says.
            return new CalendarDay(date, local.IsWorkingDay ? DayKind.LocalWorkingDay : DayKind.LocalRestDay, local.Reason, true);
        }

        var settled = IsSettledByNotices(date);
        if (_noticeDays.TryGetValue(date, out var day))
        {
            var kind = day.Kind switch
            {
                NoticeDayKind.Holiday => DayKind.Holiday,
                NoticeDayKind.MakeupWorkingDay => IsWeekend(date) ? DayKind.MakeupWorkingDay : DayKind.Workday,
                NoticeDayKind.WorkingDay => IsWeekend(date) ? DayKind.MakeupWorkingDay : DayKind.Workday,
            };
            return new CalendarDay(date, kind, day.Name, settled);
        }

        return new CalendarDay(date, IsWeekend(date) ? DayKind.Weekend : DayKind.Workday, null, settled);
    }

    /// <summary>Whether the center works on <paramref name="date"/>.</summary>
    public bool IsWorkingDay(DateOnly date) => Describe(date).IsWorkingDay;

    /// <summary>
    /// The last day of a period of <paramref name="workingDays"/> working days: the N-th working day after
    /// <paramref name="startedOn"/>. The start day is not counted (民法典第二百零一条), whatever its kind, so a start on a
    /// rest day makes the first working day after it day 1.
    /// </summary>
    public Deadline AddWorkingDays(DateOnly startedOn, int workingDays)
    {
        var period = Period.WorkingDays(workingDays);
        var provisional = false;
        var date = startedOn;
        var counted = 0;
        while (counted < period.Count)
        {
            date = date.AddDays(1);
            var day = Describe(date);
            provisional |= !day.IsSettled;
            if (day.IsWorkingDay)
            {
                counted++;
            }
        }

        return new Deadline(date, provisional, Version);
    }

    /// <summary>
    /// The last day of a period of calendar days: start + N, rest days inside counted; a last day at rest moves
    /// to the next working day (民法典第二百零三条).
    /// </summary>
    public Deadline AddCalendarDays(DateOnly startedOn, int calendarDays)
    {
        var period = Period.CalendarDays(calendarDays);
        return MoveOffRestDays(startedOn.AddDays(period.Count));
    }

    /// <summary>
    /// The last day of a period of months: the corresponding day of the final month, else that month's last day
    /// (民法典第二百零二条: Jan 31 + 1 month = Feb 28 or 29; Feb 28 + 1 month = Mar 28); a last day at rest moves to
    /// the next working day (第二百零三条).
    /// </summary>
    public Deadline AddMonths(DateOnly startedOn, int months)
    {
        var period = Period.Months(months);
        return MoveOffRestDays(startedOn.AddMonths(period.Count));
    }

    /// <summary>Counts a period of any unit from <paramref name="startedOn"/>.</summary>
    public Deadline Add(DateOnly startedOn, Period period) => period.Unit switch
    {
        PeriodUnit.WorkingDays => AddWorkingDays(startedOn, period.Count),
        PeriodUnit.CalendarDays => AddCalendarDays(startedOn, period.Count),
        PeriodUnit.Months => AddMonths(startedOn, period.Count),
    };

    /// <summary>
    /// Working days left from <paramref name="today"/> to <paramref name="dueOn"/>: days after today up to and
    /// including the due day, plus today itself when it is a working day; negative working days past it once overdue.
    /// </summary>
    public int WorkingDaysRemaining(DateOnly today, DateOnly dueOn)
    {
        if (today > dueOn)
        {
            return -CountWorkingDays(dueOn, today);
        }

        var remaining = CountWorkingDays(today, dueOn);
        return IsWorkingDay(today) ? remaining + 1 : remaining;
    }

    /// <summary>Working days in the half-open range (<paramref name="after"/>, <paramref name="through"/>].</summary>
    public int CountWorkingDays(DateOnly after, DateOnly through)
    {
        var count = 0;
        for (var date = after.AddDays(1); date <= through; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public IEnumerable<CalendarDay> Days(DateOnly from, DateOnly to)
    {
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            yield return Describe(date);
        }
    }

    private Deadline MoveOffRestDays(DateOnly lastDay)
    {
        var day = Describe(lastDay);
        var provisional = !day.IsSettled;
        while (!day.IsWorkingDay)
        {
            day = Describe(day.Date.AddDays(1));
            provisional |= !day.IsSettled;
        }

        return new Deadline(day.Date, provisional, Version);
    }

    // A notice for year Y can also move late-December days of Y-1, so December waits for the next year's notice.
    private bool IsSettledByNotices(DateOnly date) =>
        _publishedYears.Contains(date.Year) && (date.Month != 12 || _publishedYears.Contains(date.Year + 1));

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static string Fingerprint(
        HashSet<int> published,
        Dictionary<DateOnly, NoticeDay> days,
        Dictionary<DateOnly, LocalOverride> overrides)
    {
        var text = new StringBuilder();
        foreach (var year in published.Order())
        {
            text.Append(CultureInfo.InvariantCulture, $"Y{year};");
        }

        foreach (var day in days.Values.OrderBy(d => d.Date))
        {
            text.Append(CultureInfo.InvariantCulture, $"D{day.Date:yyyy-MM-dd}{day.Kind};");
        }

        foreach (var item in overrides.Values.OrderBy(o => o.Date))
        {
            text.Append(CultureInfo.InvariantCulture, $"O{item.Date:yyyy-MM-dd}{item.Kind};");
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return "cal-" + Convert.ToHexStringLower(hash)[..12];
    }
}
