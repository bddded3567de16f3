namespace Zongzhi.Domain.Information;

/// <summary>Where a village monthly report stands.</summary>
public enum VillageReportStatus
{
    /// <summary>草稿: editable.</summary>
    Draft,

    /// <summary>已上报: counted as received, no longer editable.</summary>
    Submitted,
}
