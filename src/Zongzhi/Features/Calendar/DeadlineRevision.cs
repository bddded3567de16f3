namespace Zongzhi.Features.Calendar;

/// <summary>The previous value of a deadline that a calendar change recomputed (history).</summary>
public sealed class DeadlineRevision
{
    public long Id { get; set; }

    public long DeadlineId { get; set; }

    public DateOnly PreviousDueOn { get; set; }

    public bool PreviousProvisional { get; set; }

    public string PreviousCalendarVersion { get; set; } = "";

    public DateOnly NewDueOn { get; set; }

    public bool NewProvisional { get; set; }

    public string NewCalendarVersion { get; set; } = "";

    public DateTime ChangedAt { get; set; }

    public string Cause { get; set; } = "";
}
