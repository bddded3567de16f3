using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.LeaderCases;

/// <summary>
/// A leader case (领导包案): a matter given to a named case leader (包案领导), who takes it and must close it within
/// one month (领导包案的职责第1条), by a handling plan, departments' help, an extension approved by the top leader,
/// or a transfer when it is outside the town's authority; then hands the materials to the center for archiving.
/// Created by <see cref="Matter.HandToLeader"/>. Only the named leader acts on the case; only the top leader decides
/// its extensions. Every method takes the matter, checks it is not archived and records the action on its timeline.
/// </summary>
public sealed partial class LeaderCase
{
    private readonly List<ProgressNote> _progressNotes = [];
    private readonly List<CoordinationRequest> _coordinationRequests = [];
    private readonly List<ExtensionRequest> _extensionRequests = [];
    private readonly List<string> _handedOverMaterials = [];

    private LeaderCase()
    {
        CaseLeaderUserId = "";
        AssignedByUserId = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>The matter.</summary>
    public long MatterId { get; private set; }

    /// <summary>包案领导.</summary>
    public string CaseLeaderUserId { get; private set; }

    /// <summary>The center director or town leader who gave the case.</summary>
    public string AssignedByUserId { get; private set; }

    /// <summary>When it was given (UTC).</summary>
    public DateTime AssignedAt { get; private set; }

    /// <summary>Where the case stands.</summary>
    public LeaderCaseStatus Status { get; private set; }

    /// <summary>The day the leader took it; the month counts from it.</summary>
    public DateOnly? TakenOn { get; private set; }

    /// <summary>When the leader took it (UTC).</summary>
    public DateTime? TakenAt { get; private set; }

    /// <summary>The case's deadline (subject <see cref="DeadlineSubject.LeaderCase"/>), from taking; null before.</summary>
    public TrackedDeadline? Deadline { get; private set; }

    /// <summary>调处方案, once recorded.</summary>
    public HandlingPlan? Plan { get; private set; }

    /// <summary>办理进展, oldest first.</summary>
    public IReadOnlyList<ProgressNote> ProgressNotes => _progressNotes;

    /// <summary>Requests to departments for help, oldest first.</summary>
    public IReadOnlyList<CoordinationRequest> CoordinationRequests => _coordinationRequests;

    /// <summary>延期申请, oldest first.</summary>
    public IReadOnlyList<ExtensionRequest> ExtensionRequests => _extensionRequests;

    /// <summary>The request awaiting the top leader, if any (at most one).</summary>
    public ExtensionRequest? PendingExtension => _extensionRequests.SingleOrDefault(r => r.Status == ExtensionRequestStatus.Pending);

    /// <summary>办结结果: how the case was resolved.</summary>
    public string? ClosingResult { get; private set; }

    /// <summary>The party's satisfaction at closure (让当事人满意).</summary>
    public Satisfaction? PartySatisfaction { get; private set; }

    /// <summary>When it was closed (UTC).</summary>
    public DateTime? ClosedAt { get; private set; }

    /// <summary>The town's date of closure, compared with the deadline.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The materials handed to the center (移交归档材料).</summary>
    public IReadOnlyList<string> HandedOverMaterials => _handedOverMaterials;

    /// <summary>When they were handed over (UTC).</summary>
    public DateTime? HandedOverAt { get; private set; }

    /// <summary>When the center archived the matter (UTC).</summary>
    public DateTime? ArchivedAt { get; private set; }

    internal static LeaderCase Create(long matterId, string caseLeaderUserId, string assignedByUserId, DateTime now) => new()
    {
        MatterId = matterId,
        CaseLeaderUserId = caseLeaderUserId,
        AssignedByUserId = assignedByUserId,
        AssignedAt = now,
        Status = LeaderCaseStatus.AwaitingTake,
    };

    /// <summary>
    /// The named leader takes the case (接案): its deadline is <see cref="DeadlineRules.LeaderCasePeriod"/> from
    /// <paramref name="today"/>, by the Civil Code month rule, moved off rest days (领导包案的职责第1条: 在一个月内办结).
    /// </summary>
    /// <param name="matter">The case's matter.</param>
    /// <param name="userId">The acting user; must be the case leader.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="rules">The deadline rule settings.</param>
    public Result Take(Matter matter, string userId, DateTime now, DateOnly today, WorkCalendar calendar, DeadlineRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (CheckLeader(matter, userId) is { } refusal)
        {
            return refusal;
        }

        if (Status != LeaderCaseStatus.AwaitingTake)
        {
            return new ConflictError("包案已接案");
        }

        Deadline = TrackedDeadline.Start(DeadlineSubject.LeaderCase, MatterId, today, rules.LeaderCasePeriod, calendar);
        TakenOn = today;
        TakenAt = now;
        Status = LeaderCaseStatus.InProgress;
        var provisional = Deadline.IsProvisional ? "（暂定）" : "";
        matter.Record(MatterEventKind.LeaderCaseTaken, userId, now, $"包案领导接案，办结期限 {Zh.Date(Deadline.DueOn)}{provisional}");
        return Result.Success;
    }

    internal void MarkArchived(DateTime now)
    {
        Status = LeaderCaseStatus.Archived;
        ArchivedAt = now;
    }

    /// <summary>Refuses anyone but the named leader, and any change once the matter is archived.</summary>
    private DomainError? CheckLeader(Matter matter, string userId)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        matter.EnsureIs(MatterId);
        return matter.CheckWritable()
            ?? (string.Equals(userId, CaseLeaderUserId, StringComparison.Ordinal) ? null : new ForbiddenError("只有包案领导本人可以办理该包案"));
    }

    /// <summary>Refuses unless the case is taken and open, and the user is the named leader.</summary>
    private DomainError? CheckInProgress(Matter matter, string userId, string action)
    {
        var refusal = CheckLeader(matter, userId);
        refusal ??= Status == LeaderCaseStatus.InProgress ? null : new ConflictError(Status == LeaderCaseStatus.AwaitingTake
            ? $"包案尚未接案，不能{action}"
            : $"包案已办结或已移交，不能{action}");
        return refusal;
    }
}
