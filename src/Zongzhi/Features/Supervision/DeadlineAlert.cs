namespace Zongzhi.Features.Supervision;

/// <summary>
/// That the deadline monitor has announced one fact: deadline <see cref="DeadlineId"/> is due soon (临期) or overdue
/// (超期) for the last day <see cref="DueOn"/>. Unique on the three, so a rerun — or a second node running at the
/// same moment — cannot announce it twice; an extension (a new last day) is announced afresh.
/// </summary>
public sealed class DeadlineAlert
{
    public long Id { get; set; }

    public long DeadlineId { get; set; }

    public DeadlineAlertKind Kind { get; set; }

    public DateOnly DueOn { get; set; }

    public DateTime CreatedAt { get; set; }

    public int Recipients { get; set; }
}

/// <summary>The kinds of deadline alert.</summary>
public enum DeadlineAlertKind
{
    /// <summary>临期: within the due-soon window.</summary>
    DueSoon,

    /// <summary>超期: the last day has passed.</summary>
    Overdue,
}
