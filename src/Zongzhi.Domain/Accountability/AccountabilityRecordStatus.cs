namespace Zongzhi.Domain.Accountability;

/// <summary>Where a record stands.</summary>
public enum AccountabilityRecordStatus
{
    /// <summary>立案调查中: opened, evidence being gathered.</summary>
    Open,

    /// <summary>已结案: finding and outcome recorded, closed.</summary>
    Closed,
}
