namespace Zongzhi.Domain.Information;

/// <summary>Where a screening campaign stands.</summary>
public enum ScreeningCampaignStatus
{
    /// <summary>进行中: findings are being filed.</summary>
    Open,

    /// <summary>已分析: the analysis is recorded; no more findings.</summary>
    Analysed,
}
