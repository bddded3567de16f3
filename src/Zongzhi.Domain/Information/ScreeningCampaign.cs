using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Information;

/// <summary>
/// A screening campaign for disputes and instability factors (矛盾纠纷和社会不稳定因素排查, 信息收集通报制度（一）3): the
/// center opens it for a period, a scope of villages and departments and a focus; they file findings; the center
/// records the analysis — characteristics, causes, recommendations (（二）3: 分析其特点、成因，提出意见).
/// </summary>
public sealed class ScreeningCampaign
{
    private readonly List<ScreeningFinding> _findings = [];
    private List<long> _villageIds = [];
    private List<long> _departmentIds = [];

    private ScreeningCampaign()
    {
        Title = "";
        Focus = "";
        OpenedByUserId = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>名称.</summary>
    public string Title { get; private set; }

    /// <summary>排查重点.</summary>
    public string Focus { get; private set; }

    /// <summary>First day of the period.</summary>
    public DateOnly StartsOn { get; private set; }

    /// <summary>Last day of the period.</summary>
    public DateOnly EndsOn { get; private set; }

    /// <summary>Villages in scope.</summary>
    public IReadOnlyList<long> VillageIds => _villageIds;

    /// <summary>Departments in scope.</summary>
    public IReadOnlyList<long> DepartmentIds => _departmentIds;

    /// <summary>Who opened it.</summary>
    public string OpenedByUserId { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime OpenedAt { get; private set; }

    /// <summary>Where it stands.</summary>
    public ScreeningCampaignStatus Status { get; private set; }

    /// <summary>特点.</summary>
    public string? Characteristics { get; private set; }

    /// <summary>成因.</summary>
    public string? Causes { get; private set; }

    /// <summary>意见建议.</summary>
    public string? Recommendations { get; private set; }

    /// <summary>When the analysis was recorded (UTC).</summary>
    public DateTime? AnalysedAt { get; private set; }

    /// <summary>The findings, oldest first.</summary>
    public IReadOnlyList<ScreeningFinding> Findings => _findings;

    /// <summary>Opens a campaign (开展排查).</summary>
    /// <param name="title">名称.</param>
    /// <param name="focus">排查重点.</param>
    /// <param name="startsOn">First day.</param>
    /// <param name="endsOn">Last day, not before the first.</param>
    /// <param name="villageIds">Villages in scope.</param>
    /// <param name="departmentIds">Departments in scope; together with villages, at least one.</param>
    /// <param name="userId">The center director.</param>
    /// <param name="now">The instant (UTC).</param>
    public static Result<ScreeningCampaign> Open(string? title, string? focus, DateOnly startsOn, DateOnly endsOn,
        IReadOnlyList<long>? villageIds, IReadOnlyList<long>? departmentIds, string userId, DateTime now)
    {
        var errors = new List<ValidationError>();
        Add(errors, TextRules.Required("title", title, "排查名称", TextLimits.ShortText));
        Add(errors, TextRules.Required("focus", focus, "排查重点", TextLimits.Reason, multiline: true));
        if (endsOn < startsOn)
        {
            errors.Add(new ValidationError("endsOn", "结束日期不能早于开始日期"));
        }

        if ((villageIds?.Count ?? 0) + (departmentIds?.Count ?? 0) == 0)
        {
            errors.Add(new ValidationError("villageIds", "请至少选择一个村(社区)或部门"));
        }

        if (errors.Count > 0)
        {
            return new ValidationFailure(errors);
        }

        return new ScreeningCampaign
        {
            Title = title!,
            Focus = focus!,
            StartsOn = startsOn,
            EndsOn = endsOn,
            _villageIds = villageIds?.Distinct().ToList() ?? [],
            _departmentIds = departmentIds?.Distinct().ToList() ?? [],
            OpenedByUserId = userId,
            OpenedAt = now,
            Status = ScreeningCampaignStatus.Open,
        };
    }

    /// <summary>Files a finding for a village or department in scope; refused once the campaign is analysed.</summary>
    /// <param name="villageId">The village filing (village reporters).</param>
    /// <param name="departmentId">The department filing (department staff).</param>
    /// <param name="category">纠纷类别 code.</param>
    /// <param name="description">情况描述.</param>
    /// <param name="peopleInvolved">涉及人数.</param>
    /// <param name="severity">严重程度.</param>
    /// <param name="categoryCodes">The configured categories.</param>
    /// <param name="userId">Who files it.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result<ScreeningFinding> File(long? villageId, long? departmentId, string? category, string? description, int peopleInvolved,
        InformationSeverity severity, IReadOnlyCollection<string> categoryCodes, string userId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(categoryCodes);
        if (Status != ScreeningCampaignStatus.Open)
        {
            return new ConflictError("排查已完成分析，不能再上报");
        }

        if (!(villageId is { } v && _villageIds.Contains(v)) && !(departmentId is { } d && _departmentIds.Contains(d)))
        {
            return new ForbiddenError("您所在的村(社区)或部门不在本次排查范围内");
        }

        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(category) || !categoryCodes.Contains(category))
        {
            errors.Add(new ValidationError("category", "纠纷类别不在配置的类别中"));
        }

        Add(errors, TextRules.Required("description", description, "情况描述", TextLimits.LongText, multiline: true));
        if (peopleInvolved is < 0 or > InformationDraft.MaxPeopleInvolved)
        {
            errors.Add(new ValidationError("peopleInvolved", $"涉及人数应在 0–{InformationDraft.MaxPeopleInvolved} 之间"));
        }

        if (!Enum.IsDefined(severity))
        {
            errors.Add(new ValidationError("severity", "严重程度无效"));
        }

        if (errors.Count > 0)
        {
            return new ValidationFailure(errors);
        }

        var finding = new ScreeningFinding(villageId, departmentId, category!, description!, peopleInvolved, severity, userId, now);
        _findings.Add(finding);
        return finding;
    }

    /// <summary>Records the analysis (分析特点、成因，提出意见); may be revised.</summary>
    /// <param name="characteristics">特点.</param>
    /// <param name="causes">成因.</param>
    /// <param name="recommendations">意见建议.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result Analyse(string? characteristics, string? causes, string? recommendations, DateTime now)
    {
        var errors = new List<ValidationError>();
        Add(errors, TextRules.Required("characteristics", characteristics, "特点", TextLimits.LongText, multiline: true));
        Add(errors, TextRules.Required("causes", causes, "成因", TextLimits.LongText, multiline: true));
        Add(errors, TextRules.Required("recommendations", recommendations, "意见建议", TextLimits.LongText, multiline: true));
        if (errors.Count > 0)
        {
            return new ValidationFailure(errors);
        }

        Characteristics = characteristics;
        Causes = causes;
        Recommendations = recommendations;
        AnalysedAt = now;
        Status = ScreeningCampaignStatus.Analysed;
        return Result.Success;
    }

    /// <summary>Links a finding to the information item made from it; a finding is turned once.</summary>
    /// <param name="findingId">The finding.</param>
    /// <param name="informationItemId">The item.</param>
    public Result LinkInformationItem(long findingId, long informationItemId)
    {
        var finding = _findings.FirstOrDefault(f => f.Id == findingId);
        if (finding is null)
        {
            return new NotFoundError("未找到该排查发现");
        }

        if (finding.InformationItemId is not null)
        {
            return new ConflictError("该排查发现已转为信息");
        }

        finding.LinkInformationItem(informationItemId);
        return Result.Success;
    }

    private static void Add(List<ValidationError> errors, ValidationError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
