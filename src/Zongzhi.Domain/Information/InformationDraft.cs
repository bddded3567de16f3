using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Information;

/// <summary>An information item (信息) as entered, before it is checked and registered.</summary>
/// <param name="Source">信息来源.</param>
/// <param name="IsSkipLevelPetition">越级上访 (with <see cref="InformationSource.MajorIncident"/>).</param>
/// <param name="VillageId">村(社区), if any.</param>
/// <param name="Category">纠纷类别 code from the configured list.</param>
/// <param name="OccurredAt">发生时间 (UTC); not later than registration.</param>
/// <param name="Place">发生地点.</param>
/// <param name="Summary">摘要.</param>
/// <param name="Description">详细情况.</param>
/// <param name="PeopleInvolved">涉及人数 (a count, not identities).</param>
/// <param name="Severity">严重程度.</param>
/// <param name="ScreeningCampaignId">The campaign, for <see cref="InformationSource.Screening"/>.</param>
public sealed record InformationDraft(
    InformationSource Source,
    bool IsSkipLevelPetition,
    long? VillageId,
    string Category,
    DateTime OccurredAt,
    string Place,
    string Summary,
    string Description,
    int PeopleInvolved,
    InformationSeverity Severity,
    long? ScreeningCampaignId = null)
{
    /// <summary>The largest head count accepted.</summary>
    public const int MaxPeopleInvolved = 100000;

    /// <summary>Every field error (camelCase field names, as in the API); empty when acceptable.</summary>
    /// <param name="categoryCodes">The configured dispute categories.</param>
    /// <param name="now">The registration instant (UTC).</param>
    public IReadOnlyList<ValidationError> Validate(IReadOnlyCollection<string> categoryCodes, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(categoryCodes);
        var errors = new List<ValidationError>();
        if (!Enum.IsDefined(Source))
        {
            errors.Add(new ValidationError("source", "信息来源无效"));
        }

        if (IsSkipLevelPetition && Source != InformationSource.MajorIncident)
        {
            errors.Add(new ValidationError("isSkipLevelPetition", "越级上访应登记为重大突发事件类信息"));
        }

        if (!Enum.IsDefined(Severity))
        {
            errors.Add(new ValidationError("severity", "严重程度无效"));
        }

        if (VillageId is <= 0)
        {
            errors.Add(new ValidationError("villageId", "村(社区)无效"));
        }

        if (string.IsNullOrWhiteSpace(Category))
        {
            errors.Add(new ValidationError("category", "请选择纠纷类别"));
        }
        else if (!categoryCodes.Contains(Category))
        {
            errors.Add(new ValidationError("category", "纠纷类别不在配置的类别中"));
        }

        if (OccurredAt > now)
        {
            errors.Add(new ValidationError("occurredAt", "发生时间不能晚于登记时间"));
        }

        if (PeopleInvolved is < 0 or > MaxPeopleInvolved)
        {
            errors.Add(new ValidationError("peopleInvolved", $"涉及人数应在 0–{MaxPeopleInvolved} 之间"));
        }

        Add(errors, TextRules.Required("place", Place, "发生地点", TextLimits.ShortText));
        Add(errors, TextRules.Required("summary", Summary, "信息摘要", TextLimits.Summary));
        Add(errors, TextRules.Required("description", Description, "详细情况", TextLimits.LongText, multiline: true));
        return errors;
    }

    private static void Add(List<ValidationError> errors, ValidationError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
