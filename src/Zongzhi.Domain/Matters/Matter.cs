using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Domain.Matters;

/// <summary>
/// A matter (事项): a visit, letter, call or mediation application received by the reception room (联调接待室), or an
/// information item turned into a matter, followed from registration through triage, handling, supervision,
/// closure and archive (督查督办制度). Every state change is an entry of <see cref="Events"/>, the matter's timeline.
/// Once archived a matter is read-only: every method refuses with <see cref="MatterArchived"/>.
/// </summary>
public sealed partial class Matter
{
    private readonly List<Party> _parties = [];
    private readonly List<MatterEvent> _events = [];
    private readonly List<Callback> _callbacks = [];

    private Matter()
    {
        Number = "";
        RegisteredByUserId = "";
        Category = "";
        Summary = "";
        Description = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>事项编号, e.g. ZZ-2026-000123 (<see cref="MatterNumber"/>), drawn by the application.</summary>
    public string Number { get; private set; }

    /// <summary>来源渠道.</summary>
    public IntakeChannel Channel { get; private set; }

    /// <summary>The information item the matter came from, for <see cref="IntakeChannel.InformationItem"/>.</summary>
    public long? SourceInformationItemId { get; private set; }

    /// <summary>When the center received it (UTC).</summary>
    public DateTime ReceivedAt { get; private set; }

    /// <summary>When it was registered (UTC).</summary>
    public DateTime RegisteredAt { get; private set; }

    /// <summary>The reception clerk who registered it.</summary>
    public string RegisteredByUserId { get; private set; }

    /// <summary>The village or community (村/社区) it concerns.</summary>
    public long? VillageId { get; private set; }

    /// <summary>纠纷类别 code.</summary>
    public string Category { get; private set; }

    /// <summary>摘要.</summary>
    public string Summary { get; private set; }

    /// <summary>详细情况.</summary>
    public string Description { get; private set; }

    /// <summary>重大.</summary>
    public bool IsMajor { get; private set; }

    /// <summary>群体性.</summary>
    public bool IsGroup { get; private set; }

    /// <summary>越级上访.</summary>
    public bool IsSkipLevelPetition { get; private set; }

    /// <summary>突发.</summary>
    public bool IsEmergency { get; private set; }

    /// <summary>Where the matter stands.</summary>
    public MatterStatus Status { get; private set; }

    /// <summary>复杂程度, set on acceptance; it sets the handling period of the assignment sheet.</summary>
    public Complexity? Complexity { get; private set; }

    /// <summary>督查督办部门: the center, or the party/government office after a transfer outside the center.</summary>
    public SupervisionTrack Track { get; private set; }

    /// <summary>When the director triaged it (accepted, declined, merged or handed to a leader).</summary>
    public DateTime? TriagedAt { get; private set; }

    /// <summary>Who triaged it.</summary>
    public string? TriagedByUserId { get; private set; }

    /// <summary>不予受理的理由.</summary>
    public string? DeclineReason { get; private set; }

    /// <summary>The earlier matter this one repeats (重复件), when merged.</summary>
    public long? DuplicateOfMatterId { get; private set; }

    /// <summary>Whether the matter was handed to a case leader (领导包案); archiving then needs the leader's hand-over.</summary>
    public bool HandledByLeaderCase { get; private set; }

    /// <summary>When its assignment sheet was issued; a matter has one sheet, re-handling adds rounds to it.</summary>
    public DateTime? AssignedAt { get; private set; }

    /// <summary>When the supervising body accepted the handling result; cleared when re-handling is ordered.</summary>
    public DateTime? ResultAcceptedAt { get; private set; }

    /// <summary>The transfer, if the matter was transferred (移交).</summary>
    public Transfer? Transfer { get; private set; }

    /// <summary>When it was closed (办结), UTC.</summary>
    public DateTime? ClosedAt { get; private set; }

    /// <summary>The town's date of closure.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>Who closed it.</summary>
    public string? ClosedByUserId { get; private set; }

    /// <summary>The archive entry (归档), once archived.</summary>
    public ArchiveRecord? ArchiveRecord { get; private set; }

    /// <summary>当事人.</summary>
    public IReadOnlyList<Party> Parties => _parties;

    /// <summary>The timeline (办理记录), oldest first.</summary>
    public IReadOnlyList<MatterEvent> Events => _events;

    /// <summary>回访 records, oldest first.</summary>
    public IReadOnlyList<Callback> Callbacks => _callbacks;

    /// <summary>
    /// Whether the supervising body's powers apply now: accepted, assigned, or handled by a unit outside the center
    /// (督查督办制度（四）).
    /// </summary>
    public bool IsUnderSupervision => Status is MatterStatus.Accepted or MatterStatus.Assigned
        || (Status == MatterStatus.Transferred && Transfer?.Kind == TransferKind.OutsideCenter);

    /// <summary>Registers a matter (登记) after checking every field; refuses with a <see cref="ValidationFailure"/> listing each bad field.</summary>
    /// <param name="number">The number drawn by the application (<see cref="MatterNumber.Format"/>).</param>
    /// <param name="draft">What the clerk entered.</param>
    /// <param name="categoryCodes">The configured dispute categories.</param>
    /// <param name="registeredByUserId">The reception clerk.</param>
    /// <param name="now">The instant of registration (UTC).</param>
    public static Result<Matter> Register(string number, MatterDraft draft, IReadOnlyCollection<string> categoryCodes, string registeredByUserId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(registeredByUserId);
        var errors = new List<ValidationError>();
        if (TextRules.Required("number", number, "事项编号", TextLimits.Code) is { } numberError)
        {
            errors.Add(numberError);
        }

        errors.AddRange(draft.Validate(categoryCodes, now));
        if (errors.Count > 0)
        {
            return new ValidationFailure(errors);
        }

        var matter = new Matter
        {
            Number = number,
            Channel = draft.Channel,
            SourceInformationItemId = draft.SourceInformationItemId,
            ReceivedAt = draft.ReceivedAt,
            RegisteredAt = now,
            RegisteredByUserId = registeredByUserId,
            VillageId = draft.VillageId,
            Category = draft.Category,
            Summary = draft.Summary,
            Description = draft.Description,
            IsMajor = draft.IsMajor,
            IsGroup = draft.IsGroup,
            IsSkipLevelPetition = draft.IsSkipLevelPetition,
            IsEmergency = draft.IsEmergency,
            Status = MatterStatus.Registered,
            Track = SupervisionTrack.Center,
        };
        matter._parties.AddRange(draft.Parties.Select(Party.From));
        matter.Record(MatterEventKind.Registered, registeredByUserId, now, $"登记事项 {number}：{draft.Summary}");
        return matter;
    }

    /// <summary>Appends a timeline entry; every state change of the matter and of its sheets, cases and requests calls this.</summary>
    internal void Record(MatterEventKind kind, string actorUserId, DateTime at, string summary, string? details = null) =>
        _events.Add(MatterEvent.Create(at, actorUserId, kind, summary, details));

    /// <summary>The refusal of any change once archived.</summary>
    internal DomainError? CheckWritable() => Status == MatterStatus.Archived ? new MatterArchived() : null;

    /// <summary>Refuses a supervision decision by a body that does not supervise this matter.</summary>
    internal DomainError? CheckSupervisor(SupervisionTrack actingBody) =>
        actingBody == Track ? null : new ForbiddenError($"本事项由{Zh.Of(Track)}督查督办，{Zh.Of(actingBody)}不能作出该决定");

    /// <summary>Refuses a supervision power (督查督办) when the matter is archived, not under supervision, or supervised by another body.</summary>
    internal DomainError? CheckSupervisable(SupervisionTrack actingBody) =>
        CheckWritable()
        ?? (IsUnderSupervision ? null : new ConflictError("事项不在督查督办范围内（尚未受理、已办结、包案中或已移交出本镇）"))
        ?? CheckSupervisor(actingBody);

    /// <summary>Guards against a sheet, case or request of another matter being passed in: a bug, not a refusal.</summary>
    internal void EnsureIs(long matterId)
    {
        if (matterId != Id)
        {
            throw new ArgumentException($"The record belongs to matter {matterId}, not {Id}.", nameof(matterId));
        }
    }
}
