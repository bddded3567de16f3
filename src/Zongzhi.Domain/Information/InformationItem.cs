using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Information;

/// <summary>
/// An information item (信息) of one of the five sources (信息收集通报制度（一）): registered, handled (noted, turned into
/// a matter, or closed with a reason) and analysed with cause and characteristic tags (（二）1). A major or sudden
/// event or skip-level petition (<see cref="InformationSource.MajorIncident"/>) is an emergency: reported at once to
/// the leaders, who each acknowledge it, with staff dispatched to the scene (（二）4).
/// </summary>
public sealed partial class InformationItem
{
    /// <summary>The most tags of one kind.</summary>
    public const int MaxTags = 20;

    private readonly List<EmergencyAcknowledgement> _acknowledgements = [];
    private readonly List<SceneDispatch> _dispatches = [];
    private List<string> _causeTags = [];
    private List<string> _characteristicTags = [];

    private InformationItem()
    {
        Number = "";
        Category = "";
        Place = "";
        Summary = "";
        Description = "";
        ReporterUserId = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>信息编号, e.g. XX-2026-000001.</summary>
    public string Number { get; private set; }

    /// <summary>信息来源.</summary>
    public InformationSource Source { get; private set; }

    /// <summary>越级上访.</summary>
    public bool IsSkipLevelPetition { get; private set; }

    /// <summary>The user who reported and registered it (报送人).</summary>
    public string ReporterUserId { get; private set; }

    /// <summary>村(社区).</summary>
    public long? VillageId { get; private set; }

    /// <summary>纠纷类别 code.</summary>
    public string Category { get; private set; }

    /// <summary>发生时间 (UTC).</summary>
    public DateTime OccurredAt { get; private set; }

    /// <summary>发生地点.</summary>
    public string Place { get; private set; }

    /// <summary>摘要.</summary>
    public string Summary { get; private set; }

    /// <summary>详细情况.</summary>
    public string Description { get; private set; }

    /// <summary>涉及人数.</summary>
    public int PeopleInvolved { get; private set; }

    /// <summary>严重程度.</summary>
    public InformationSeverity Severity { get; private set; }

    /// <summary>The screening campaign it came from (排查).</summary>
    public long? ScreeningCampaignId { get; private set; }

    /// <summary>When it was registered (UTC).</summary>
    public DateTime RegisteredAt { get; private set; }

    /// <summary>Where it stands.</summary>
    public InformationStatus Status { get; private set; }

    /// <summary>How it was handled.</summary>
    public InformationOutcome? Outcome { get; private set; }

    /// <summary>处理意见 or the reason for closing.</summary>
    public string? HandlingNote { get; private set; }

    /// <summary>The matter it was turned into (转为事项).</summary>
    public long? MatterId { get; private set; }

    /// <summary>When it was handled (UTC).</summary>
    public DateTime? HandledAt { get; private set; }

    /// <summary>Who handled it.</summary>
    public string? HandledByUserId { get; private set; }

    /// <summary>When it was analysed (UTC).</summary>
    public DateTime? AnalysedAt { get; private set; }

    /// <summary>Who analysed it.</summary>
    public string? AnalysedByUserId { get; private set; }

    /// <summary>成因 tags.</summary>
    public IReadOnlyList<string> CauseTags => _causeTags;

    /// <summary>特点 tags.</summary>
    public IReadOnlyList<string> CharacteristicTags => _characteristicTags;

    /// <summary>Recipients of the emergency report and their acknowledgements.</summary>
    public IReadOnlyList<EmergencyAcknowledgement> Acknowledgements => _acknowledgements;

    /// <summary>派员赶赴现场 records, oldest first.</summary>
    public IReadOnlyList<SceneDispatch> Dispatches => _dispatches;

    /// <summary>Whether it must be reported at once (重大、突发性事件和群众越级上访, （二）4).</summary>
    public bool IsEmergency => Source == InformationSource.MajorIncident;

    /// <summary>
    /// An emergency stays on the board until it is closed or turned into a matter; being noted does not end it.
    /// </summary>
    public bool IsOpenEmergency => IsEmergency && Outcome is null or InformationOutcome.Noted;

    /// <summary>Registers an item (登记) after checking every field; refuses with a <see cref="ValidationFailure"/>.</summary>
    /// <param name="number">The number drawn by the application.</param>
    /// <param name="draft">What was entered.</param>
    /// <param name="categoryCodes">The configured dispute categories.</param>
    /// <param name="reporterUserId">Who reports it.</param>
    /// <param name="now">The instant of registration (UTC).</param>
    public static Result<InformationItem> Register(string number, InformationDraft draft, IReadOnlyCollection<string> categoryCodes, string reporterUserId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(reporterUserId);
        var errors = draft.Validate(categoryCodes, now);
        if (errors.Count > 0)
        {
            return new ValidationFailure(errors);
        }

        return new InformationItem
        {
            Number = number,
            Source = draft.Source,
            IsSkipLevelPetition = draft.IsSkipLevelPetition,
            ReporterUserId = reporterUserId,
            VillageId = draft.VillageId,
            Category = draft.Category,
            OccurredAt = draft.OccurredAt,
            Place = draft.Place,
            Summary = draft.Summary,
            Description = draft.Description,
            PeopleInvolved = draft.PeopleInvolved,
            Severity = draft.Severity,
            ScreeningCampaignId = draft.ScreeningCampaignId,
            RegisteredAt = now,
            Status = InformationStatus.Registered,
        };
    }
}
