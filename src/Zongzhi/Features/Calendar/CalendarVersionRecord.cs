namespace Zongzhi.Features.Calendar;

/// <summary>One change of the working-day calendar: which version it produced, who made it, and why.</summary>
public sealed class CalendarVersionRecord
{
    public long Id { get; set; }

    public string Version { get; set; } = "";

    public DateTime ChangedAt { get; set; }

    public string? ChangedByUserId { get; set; }

    public string Change { get; set; } = "";

    public int RecomputedDeadlines { get; set; }
}
