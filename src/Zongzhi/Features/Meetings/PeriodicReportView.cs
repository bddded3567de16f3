using System.Text.Json;
using Zongzhi.Domain.Meetings;

namespace Zongzhi.Features.Meetings;

/// <summary>A written periodic report as the API and pages show it, with the figures it was generated from.</summary>
public sealed record PeriodicReportView(long Id, ReportPeriodKind Kind, string Period, string PeriodTitle, DateOnly FirstDay, DateOnly LastDay,
    long? VillageId, long? DepartmentId, string ScopeName, ReportAudience Audience, string Title, string Body, PeriodicReportStatus Status,
    string? IssueNumber, DateTime? IssuedAt, DateTime CreatedAt, DateTime FiguresAt, int Version, PeriodFigures Figures)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PeriodicReportView From(PeriodicReport report, int version)
    {
        ArgumentNullException.ThrowIfNull(report);
        var figures = FiguresOf(report);
        return new(report.Id, report.Kind, report.Period, figures.PeriodTitle, report.FirstDay, report.LastDay, report.VillageId, report.DepartmentId,
            report.ScopeName, report.Audience, report.Title, report.Body, report.Status, report.IssueNumber, report.IssuedAt, report.CreatedAt,
            report.FiguresAt, version, figures);
    }

    public static PeriodFigures FiguresOf(PeriodicReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Deserialize<PeriodFigures>(report.FiguresJson, Json)!;
    }
}
