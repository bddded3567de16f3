namespace Zongzhi.Domain.LeaderCases;

/// <summary>Where a leader case (领导包案) stands.</summary>
public enum LeaderCaseStatus
{
    /// <summary>待接案: given to the leader, not yet taken.</summary>
    AwaitingTake,

    /// <summary>办理中: taken; the one-month clock runs.</summary>
    InProgress,

    /// <summary>已移交: outside the town's authority, transferred to the competent agency.</summary>
    Transferred,

    /// <summary>已办结: closed; the materials are still with the leader.</summary>
    Closed,

    /// <summary>已移交材料: the leader handed the materials to the center (移交归档).</summary>
    HandedOver,

    /// <summary>已归档: the center archived the matter.</summary>
    Archived,
}
