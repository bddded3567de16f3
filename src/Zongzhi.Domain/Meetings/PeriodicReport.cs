using System.Globalization;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Meetings;

/// <summary>
/// A written periodic report (定期书面报告, 信息收集通报制度（二）1–2: 定期以书面形式向中心领导报告，并按要求向上级有关部门报告):
/// a week, month or quarter for the whole town, a village or a department, generated from the same statistics as the
/// monthly meeting pack. A draft's text is editable and its figures can be refreshed; issuing draws its number
/// (综治报〔2026〕3号) and archives it: an issued report is read-only.
/// </summary>
public sealed class PeriodicReport
{
    private PeriodicReport()
    {
        Period = "";
        ScopeName = "";
        Title = "";
        Body = "";
        FiguresJson = "";
        CreatedByUserId = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>周报、月报、季报.</summary>
    public ReportPeriodKind Kind { get; private set; }

    /// <summary>The period, written "2026-W44", "2026-10" or "2026-Q4".</summary>
    public string Period { get; private set; }

    /// <summary>The period's first day.</summary>
    public DateOnly FirstDay { get; private set; }

    /// <summary>The period's last day.</summary>
    public DateOnly LastDay { get; private set; }

    /// <summary>The village reported on, or null.</summary>
    public long? VillageId { get; private set; }

    /// <summary>The department reported on, or null.</summary>
    public long? DepartmentId { get; private set; }

    /// <summary>The scope's name as printed (全镇, a village's or a department's name).</summary>
    public string ScopeName { get; private set; }

    /// <summary>报送对象: the center's leaders or the higher departments.</summary>
    public ReportAudience Audience { get; private set; }

    /// <summary>标题.</summary>
    public string Title { get; private set; }

    /// <summary>正文, editable until issued.</summary>
    public string Body { get; private set; }

    /// <summary>The statistics (JSON) the report was generated from; frozen when issued.</summary>
    public string FiguresJson { get; private set; }

    /// <summary>When the figures were computed (UTC).</summary>
    public DateTime FiguresAt { get; private set; }

    /// <summary>草稿 or 已印发.</summary>
    public PeriodicReportStatus Status { get; private set; }

    /// <summary>期号, e.g. 综治报〔2026〕3号, once issued.</summary>
    public string? IssueNumber { get; private set; }

    /// <summary>When it was issued (UTC).</summary>
    public DateTime? IssuedAt { get; private set; }

    /// <summary>Who issued it.</summary>
    public string? IssuedByUserId { get; private set; }

    /// <summary>Who generated it.</summary>
    public string CreatedByUserId { get; private set; }

    /// <summary>When it was generated (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When its text was last edited (UTC).</summary>
    public DateTime? EditedAt { get; private set; }

    /// <summary>The issue number of a year's sequence: 综治报〔2026〕3号.</summary>
    /// <param name="year">The year of issue.</param>
    /// <param name="sequence">The number drawn, from 1.</param>
    public static string FormatIssueNumber(int year, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"综治报〔{year}〕{sequence}号");

    /// <summary>Generates a draft for a period and scope (at most one village or one department).</summary>
    /// <param name="period">The period.</param>
    /// <param name="villageId">A village, or null.</param>
    /// <param name="departmentId">A department, or null.</param>
    /// <param name="scopeName">The scope's printed name.</param>
    /// <param name="audience">To whom it is addressed.</param>
    /// <param name="title">The title (generated or entered), at most 200 characters.</param>
    /// <param name="body">The text, at most 10000 characters.</param>
    /// <param name="figuresJson">The statistics as JSON.</param>
    /// <param name="userId">Who generates it.</param>
    /// <param name="now">The instant (UTC).</param>
    public static Result<PeriodicReport> Generate(ReportPeriod period, long? villageId, long? departmentId, string scopeName, ReportAudience audience,
        string? title, string? body, string figuresJson, string userId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(figuresJson);
        if (villageId is not null && departmentId is not null)
        {
            return new ValidationError("scope", "范围只能选择全镇、一个村(社区)或一个部门");
        }

        if (!Enum.IsDefined(audience))
        {
            return new ValidationError("audience", "报送对象无效");
        }

        if (CheckText(title, body) is { } error)
        {
            return error;
        }

        return new PeriodicReport
        {
            Kind = period.Kind,
            Period = period.ToString(),
            FirstDay = period.FirstDay,
            LastDay = period.LastDay,
            VillageId = villageId,
            DepartmentId = departmentId,
            ScopeName = scopeName,
            Audience = audience,
            Title = title!.Trim(),
            Body = body!,
            FiguresJson = figuresJson,
            FiguresAt = now,
            Status = PeriodicReportStatus.Draft,
            CreatedByUserId = userId,
            CreatedAt = now,
        };
    }

    /// <summary>Edits the title and text of a draft; an issued report is archived and read-only.</summary>
    /// <param name="title">标题.</param>
    /// <param name="body">正文.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result Edit(string? title, string? body, DateTime now)
    {
        if (CheckDraft() is { } issued)
        {
            return issued;
        }

        if (CheckText(title, body) is { } error)
        {
            return error;
        }

        Title = title!.Trim();
        Body = body!;
        EditedAt = now;
        return Result.Success;
    }

    /// <summary>Recomputes a draft's figures (the text is the author's and stays).</summary>
    /// <param name="figuresJson">The statistics as JSON.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result Refresh(string figuresJson, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(figuresJson);
        if (CheckDraft() is { } issued)
        {
            return issued;
        }

        FiguresJson = figuresJson;
        FiguresAt = now;
        return Result.Success;
    }

    /// <summary>印发: numbers and archives the report; from then on it is read-only.</summary>
    /// <param name="issueNumber">The number drawn (<see cref="FormatIssueNumber"/>).</param>
    /// <param name="userId">Who issues it.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result Issue(string issueNumber, string userId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issueNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (CheckDraft() is { } issued)
        {
            return issued;
        }

        Status = PeriodicReportStatus.Issued;
        IssueNumber = issueNumber;
        IssuedAt = now;
        IssuedByUserId = userId;
        return Result.Success;
    }

    /// <summary>Refuses a change to an issued (archived) report.</summary>
    public ConflictError? CheckDraft() =>
        Status == PeriodicReportStatus.Issued ? new ConflictError($"报告已印发（{IssueNumber}）并归档，不能修改") : null;

    private static ValidationError? CheckText(string? title, string? body) =>
        TextRules.Required("title", title?.Trim(), "标题", TextLimits.ShortText)
        ?? TextRules.Required("body", body, "正文", TextLimits.LongText, multiline: true);
}
