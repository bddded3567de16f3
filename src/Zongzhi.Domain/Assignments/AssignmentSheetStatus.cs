namespace Zongzhi.Domain.Assignments;

/// <summary>Where an assignment sheet (交办单) stands.</summary>
public enum AssignmentSheetStatus
{
    /// <summary>待签收: issued, the handling department has not signed for it.</summary>
    AwaitingReceipt,

    /// <summary>办理中: a round is running against its deadline.</summary>
    InHandling,

    /// <summary>待审核: the result is submitted, awaiting the supervising body's review.</summary>
    AwaitingReview,

    /// <summary>已通过: the supervising body accepted the result.</summary>
    ResultAccepted,
}
