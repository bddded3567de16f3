namespace Zongzhi.Domain.Calendar;

/// <summary>A computed deadline (时限): the period's last day.</summary>
/// <param name="DueOn">The last day of the period; it ends at 24:00 town time (民法典第二百零三条).</param>
/// <param name="IsProvisional">
/// 暂定: true when a day the computation relied on is not settled by a published notice; recomputed when the
/// notice is loaded.
/// </param>
/// <param name="CalendarVersion">The calendar version the deadline was computed with.</param>
public readonly record struct Deadline(DateOnly DueOn, bool IsProvisional, string CalendarVersion)
{
    /// <summary>Overdue from 00:00 of the day after the last day (民法典第二百零三条: 最后一日的截止时间为二十四时).</summary>
    public bool IsOverdueOn(DateOnly today) => today > DueOn;
}
