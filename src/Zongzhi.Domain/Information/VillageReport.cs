using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Information;

/// <summary>
/// A village or community monthly report (村(社区)月报, 信息收集通报制度（一）2): the disputes it mediated in a month,
/// counted by category (mediated, resolved, unresolved), the notable cases and the instability factors. One per
/// village and month; editable until submitted.
/// </summary>
public sealed class VillageReport
{
    /// <summary>The largest count of one line.</summary>
    public const int MaxCount = 100000;

    private List<VillageReportLine> _lines = [];

    private VillageReport()
    {
        FiledByUserId = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>村(社区).</summary>
    public long VillageId { get; private set; }

    /// <summary>报告月份.</summary>
    public ReportMonth Month { get; private set; }

    /// <summary>Counts by category, one line per category.</summary>
    public IReadOnlyList<VillageReportLine> Lines => _lines;

    /// <summary>重点案件.</summary>
    public string? NotableCases { get; private set; }

    /// <summary>不稳定因素.</summary>
    public string? InstabilityFactors { get; private set; }

    /// <summary>Where it stands.</summary>
    public VillageReportStatus Status { get; private set; }

    /// <summary>Who filed it.</summary>
    public string FiledByUserId { get; private set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When it was last changed (UTC).</summary>
    public DateTime UpdatedAt { get; private set; }

    /// <summary>When it was submitted (UTC).</summary>
    public DateTime? SubmittedAt { get; private set; }

    /// <summary>Total mediated.</summary>
    public int TotalMediated => _lines.Sum(l => l.Mediated);

    /// <summary>Starts a draft report after checking its content.</summary>
    /// <param name="villageId">The village.</param>
    /// <param name="month">The month reported on; not later than the current month.</param>
    /// <param name="lines">Counts by category.</param>
    /// <param name="notableCases">重点案件.</param>
    /// <param name="instabilityFactors">不稳定因素.</param>
    /// <param name="categoryCodes">The configured categories.</param>
    /// <param name="userId">Who files it.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public static Result<VillageReport> Start(long villageId, ReportMonth month, IReadOnlyList<VillageReportLine> lines, string? notableCases,
        string? instabilityFactors, IReadOnlyCollection<string> categoryCodes, string userId, DateTime now, DateOnly today)
    {
        if (month.CompareTo(ReportMonth.Of(today)) > 0)
        {
            return new ValidationError("month", "不能填报未来月份");
        }

        var report = new VillageReport { VillageId = villageId, Month = month, FiledByUserId = userId, CreatedAt = now, Status = VillageReportStatus.Draft };
        var changed = report.Change(lines, notableCases, instabilityFactors, categoryCodes, now);
        return changed.IsSuccess ? report : Result<VillageReport>.Fail(changed.Error!);
    }

    /// <summary>Replaces the content of a draft; a submitted report is refused.</summary>
    /// <param name="lines">Counts by category.</param>
    /// <param name="notableCases">重点案件.</param>
    /// <param name="instabilityFactors">不稳定因素.</param>
    /// <param name="categoryCodes">The configured categories.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result Change(IReadOnlyList<VillageReportLine> lines, string? notableCases, string? instabilityFactors, IReadOnlyCollection<string> categoryCodes, DateTime now)
    {
        if (Status == VillageReportStatus.Submitted)
        {
            return new ConflictError("月报已上报，不能修改");
        }

        var errors = Validate(lines, categoryCodes, "lines");
        if (TextRules.Optional("notableCases", notableCases, "重点案件", TextLimits.LongText, multiline: true) is { } notable)
        {
            errors.Add(notable);
        }

        if (TextRules.Optional("instabilityFactors", instabilityFactors, "不稳定因素", TextLimits.LongText, multiline: true) is { } factors)
        {
            errors.Add(factors);
        }

        if (errors.Count > 0)
        {
            return new ValidationFailure(errors);
        }

        _lines = lines.ToList();
        NotableCases = string.IsNullOrWhiteSpace(notableCases) ? null : notableCases;
        InstabilityFactors = string.IsNullOrWhiteSpace(instabilityFactors) ? null : instabilityFactors;
        UpdatedAt = now;
        return Result.Success;
    }

    /// <summary>上报: the report counts as received and is no longer editable.</summary>
    /// <param name="now">The instant (UTC).</param>
    public Result Submit(DateTime now)
    {
        if (Status == VillageReportStatus.Submitted)
        {
            return new ConflictError("月报已上报");
        }

        Status = VillageReportStatus.Submitted;
        SubmittedAt = now;
        return Result.Success;
    }

    /// <summary>
    /// Checks one line: a configured category, counts 0–<see cref="MaxCount"/>, resolved plus unresolved equal to
    /// mediated; error messages name the Chinese column.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="categoryCodes">The configured categories.</param>
    /// <param name="field">The field prefix, e.g. lines[2].</param>
    public static List<ValidationError> ValidateLine(VillageReportLine line, IReadOnlyCollection<string> categoryCodes, string field)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(categoryCodes);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(line.Category) || !categoryCodes.Contains(line.Category))
        {
            errors.Add(new ValidationError(field + ".category", "纠纷类别不在配置的类别中"));
        }

        Count(errors, field + ".mediated", "调解数", line.Mediated);
        Count(errors, field + ".resolved", "调解成功数", line.Resolved);
        Count(errors, field + ".unresolved", "未调结数", line.Unresolved);
        if (errors.Count == 0 && line.Resolved + line.Unresolved != line.Mediated)
        {
            errors.Add(new ValidationError(field + ".mediated", "调解成功数与未调结数之和应等于调解数"));
        }

        return errors;
    }

    private static List<ValidationError> Validate(IReadOnlyList<VillageReportLine> lines, IReadOnlyCollection<string> categoryCodes, string field)
    {
        var errors = new List<ValidationError>();
        if (lines is null)
        {
            errors.Add(new ValidationError(field, "请填写各类纠纷数"));
            return errors;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            errors.AddRange(ValidateLine(lines[i], categoryCodes, $"{field}[{i}]"));
        }

        if (lines.GroupBy(l => l.Category, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            errors.Add(new ValidationError(field, "同一纠纷类别只能填写一行"));
        }

        return errors;
    }

    private static void Count(List<ValidationError> errors, string field, string label, int value)
    {
        if (value < 0)
        {
            errors.Add(new ValidationError(field, $"{label}不能为负数"));
        }
        else if (value > MaxCount)
        {
            errors.Add(new ValidationError(field, $"{label}不能超过 {MaxCount}"));
        }
    }
}
