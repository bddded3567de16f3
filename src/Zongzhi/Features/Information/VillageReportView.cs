using Zongzhi.Domain.Information;

namespace Zongzhi.Features.Information;

/// <summary>A village monthly report as the API returns it.</summary>
public sealed record VillageReportView(long Id, long VillageId, string Month, IReadOnlyList<VillageReportLine> Lines, int TotalMediated,
    string? NotableCases, string? InstabilityFactors, VillageReportStatus Status, string FiledByUserId, DateTime UpdatedAt, DateTime? SubmittedAt, int Version)
{
    public static VillageReportView From(VillageReport report, int version)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Id, report.VillageId, report.Month.ToString(), report.Lines, report.TotalMediated, report.NotableCases,
            report.InstabilityFactors, report.Status, report.FiledByUserId, report.UpdatedAt, report.SubmittedAt, version);
    }
}
