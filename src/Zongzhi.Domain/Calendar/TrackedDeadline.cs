namespace Zongzhi.Domain.Calendar;

/// <summary>
/// A deadline held by the system (受监控的时限): counted from a start day by a period, or fixed by a decision
/// (an approved extension, a date set by the supervising body). One mechanism for assignment sheets, leader cases
/// and requests, so recomputation, reminders and on-time rates work the same everywhere.
/// </summary>
public sealed class TrackedDeadline
{
    private TrackedDeadline()
    {
        CalendarVersion = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>What kind of thing the deadline belongs to.</summary>
    public DeadlineSubject Subject { get; private set; }

    /// <summary>The matter it concerns, for scope and links; null for work outside a matter.</summary>
    public long? MatterId { get; private set; }

    /// <summary>The day the period is counted from (not itself counted, 民法典第二百零一条).</summary>
    public DateOnly StartedOn { get; private set; }

    /// <summary>The unit of the period; null for a fixed date.</summary>
    public PeriodUnit? Unit { get; private set; }

    /// <summary>The length of the period; 0 for a fixed date.</summary>
    public int Count { get; private set; }

    /// <summary>The last day as first computed or fixed: on-time rates are measured against it.</summary>
    public DateOnly OriginalDueOn { get; private set; }

    /// <summary>The current last day (an approved extension moves it).</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>Whether <see cref="DueOn"/> was set by an approved extension or a new deadline of the supervising body.</summary>
    public bool IsExtended { get; private set; }

    /// <summary>暂定: the computation relied on a day no published notice settles yet.</summary>
    public bool IsProvisional { get; private set; }

    /// <summary>The calendar version <see cref="DueOn"/> was computed with.</summary>
    public string CalendarVersion { get; private set; }

    /// <summary>The day the work was done; null while the deadline is open.</summary>
    public DateOnly? MetOn { get; private set; }

    /// <summary>Whether the deadline is still running.</summary>
    public bool IsOpen => MetOn is null;

    /// <summary>Starts a deadline counted from <paramref name="startedOn"/> by <paramref name="period"/>.</summary>
    public static TrackedDeadline Start(DeadlineSubject subject, long? matterId, DateOnly startedOn, Period period, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var deadline = calendar.Add(startedOn, period);
        return new TrackedDeadline
        {
            Subject = subject,
            MatterId = matterId,
            StartedOn = startedOn,
            Unit = period.Unit,
            Count = period.Count,
            OriginalDueOn = deadline.DueOn,
            DueOn = deadline.DueOn,
            IsProvisional = deadline.IsProvisional,
            CalendarVersion = deadline.CalendarVersion,
        };
    }

    /// <summary>A deadline fixed to a date by a decision (e.g. the supervising body's date for materials).</summary>
    public static TrackedDeadline Fixed(DeadlineSubject subject, long? matterId, DateOnly startedOn, DateOnly dueOn, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new TrackedDeadline
        {
            Subject = subject,
            MatterId = matterId,
            StartedOn = startedOn,
            OriginalDueOn = dueOn,
            DueOn = dueOn,
            CalendarVersion = calendar.Version,
        };
    }

    /// <summary>The deadline as a value.</summary>
    public Deadline Current => new(DueOn, IsProvisional, CalendarVersion);

    /// <summary>Overdue from 00:00 after the last day, while open.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOpen && today > DueOn;

    /// <summary>Moves the last day to a date decided by an approved extension; the original is kept.</summary>
    public void Extend(DateOnly newDueOn)
    {
        DueOn = newDueOn;
        IsExtended = true;
        IsProvisional = false;
    }

    /// <summary>Records that the work was done on <paramref name="today"/>.</summary>
    public void Meet(DateOnly today) => MetOn ??= today;

    /// <summary>Whether the work was done by the original last day (on-time rates ignore extensions).</summary>
    public bool WasMetOnTime => MetOn is { } met && met <= OriginalDueOn;

    /// <summary>
    /// Recounts a computed deadline with <paramref name="calendar"/> after a notice or override was loaded.
    /// Fixed and extended dates stand as decided. Returns the previous value when the deadline changed, for history.
    /// </summary>
    public Deadline? Recompute(WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!IsOpen || Unit is not { } unit || IsExtended)
        {
            return null;
        }

        var previous = Current;
        var next = calendar.Add(StartedOn, Period.Create(unit, Count));
        if (next.DueOn == previous.DueOn && next.IsProvisional == previous.IsProvisional)
        {
            CalendarVersion = next.CalendarVersion;
            return null;
        }

        DueOn = next.DueOn;
        IsProvisional = next.IsProvisional;
        CalendarVersion = next.CalendarVersion;
        if (previous.DueOn == OriginalDueOn)
        {
            // The original deadline was itself the provisional count: the corrected count replaces it.
            OriginalDueOn = next.DueOn;
        }

        return previous;
    }
}
