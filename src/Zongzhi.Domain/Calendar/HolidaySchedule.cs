namespace Zongzhi.Domain.Calendar;

/// <summary>
/// A year's holiday arrangement as published by the State Council (国务院办公厅关于某年部分节假日安排的通知),
/// including any correcting notice (e.g. the 2020 Spring Festival extension).
/// </summary>
/// <param name="Year">The year the notice arranges.</param>
/// <param name="Notices">Addresses of the notices the days come from.</param>
/// <param name="Days">The days the notices name; a day may fall in the previous year (2018-12-29 is in the 2019 notice).</param>
public sealed record HolidaySchedule(int Year, IReadOnlyList<string> Notices, IReadOnlyList<NoticeDay> Days)
{
    /// <summary>An empty schedule (no notice, no days) means the year is not yet published.</summary>
    public bool IsPublished => Notices.Count > 0 || Days.Count > 0;
}
