using Zongzhi.Domain.Information;

namespace Zongzhi.Features.Information;

/// <summary>催报: a village was reminded of a missing monthly report; unique per village and month, so once each.</summary>
public sealed class VillageReportReminder
{
    public long Id { get; set; }

    public long VillageId { get; set; }

    public ReportMonth Month { get; set; }

    public string RemindedByUserId { get; set; } = "";

    public DateTime RemindedAt { get; set; }
}
