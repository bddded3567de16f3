using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.Matters;

namespace Zongzhi.Domain.Assignments;

/// <summary>
/// One round of handling of an assignment sheet (办理轮次): the first starts when the department signs for the sheet;
/// each re-handling order (重新办理) starts another with a new deadline. Every round is kept.
/// </summary>
public sealed class AssignmentRound
{
    private readonly List<ProgressNote> _progressNotes = [];
    private readonly List<ExtensionRequest> _extensionRequests = [];

    private AssignmentRound()
    {
        Deadline = null!;
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>1 for the first round, then 2, 3 … for each re-handling.</summary>
    public int RoundNumber { get; private set; }

    /// <summary>The day the round started (the signing day, or the day re-handling was ordered).</summary>
    public DateOnly StartedOn { get; private set; }

    /// <summary>Why re-handling was ordered, for rounds after the first.</summary>
    public string? RehandlingReasons { get; private set; }

    /// <summary>The round's deadline (subject <see cref="DeadlineSubject.AssignmentRound"/>); met when the result is submitted.</summary>
    public TrackedDeadline Deadline { get; private set; }

    /// <summary>办理进展, oldest first.</summary>
    public IReadOnlyList<ProgressNote> ProgressNotes => _progressNotes;

    /// <summary>延期申请 of this round, oldest first.</summary>
    public IReadOnlyList<ExtensionRequest> ExtensionRequests => _extensionRequests;

    /// <summary>The request awaiting a decision, if any (at most one).</summary>
    public ExtensionRequest? PendingExtension => _extensionRequests.SingleOrDefault(r => r.Status == ExtensionRequestStatus.Pending);

    /// <summary>The submitted result, if any.</summary>
    public HandlingResult? Result { get; private set; }

    /// <summary>The review of the result, once reviewed.</summary>
    public ReviewOutcome? Outcome { get; private set; }

    /// <summary>The reviewer's comment (for an acceptance) or reasons (for re-handling).</summary>
    public string? ReviewComment { get; private set; }

    /// <summary>When it was reviewed (UTC).</summary>
    public DateTime? ReviewedAt { get; private set; }

    /// <summary>Who reviewed it.</summary>
    public string? ReviewedByUserId { get; private set; }

    /// <summary>Whether the result was submitted by the round's original last day (extensions ignored, for on-time rates).</summary>
    public bool WasOnTime => Deadline.WasMetOnTime;

    internal static AssignmentRound Start(int roundNumber, DateOnly startedOn, TrackedDeadline deadline, string? rehandlingReasons) => new()
    {
        RoundNumber = roundNumber,
        StartedOn = startedOn,
        Deadline = deadline,
        RehandlingReasons = rehandlingReasons,
    };

    internal void AddNote(ProgressNote note) => _progressNotes.Add(note);

    internal void AddExtensionRequest(ExtensionRequest request) => _extensionRequests.Add(request);

    internal void Submit(HandlingResult result, DateTime now)
    {
        Result = result;
        Deadline.Meet(result.SubmittedOn);
        PendingExtension?.Withdraw(now);
    }

    internal void Review(ReviewOutcome outcome, string? comment, string userId, DateTime now)
    {
        Outcome = outcome;
        ReviewComment = comment;
        ReviewedAt = now;
        ReviewedByUserId = userId;
    }
}
