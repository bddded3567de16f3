namespace Zongzhi.Domain.Calendar;

/// <summary>One day as the calendar counts it (日历中的一天).</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Name">The holiday or override reason, if any.</param>
/// <param name="IsSettled">
/// False while the notice that could change the day is unpublished: the day's own year, or for a December day
/// also the next year (the 2019 notice moved 2018-12-29).
/// </param>
public sealed record CalendarDay(DateOnly Date, DayKind Kind, string? Name, bool IsSettled)
{
    /// <summary>Whether the center works on this day.</summary>
    public bool IsWorkingDay => Kind is DayKind.Workday or DayKind.MakeupWorkingDay or DayKind.LocalWorkingDay;
}
