namespace Zongzhi.Domain.ExtensionRequests;

/// <summary>Where an extension request (延期申请) stands.</summary>
public enum ExtensionRequestStatus
{
    /// <summary>待审批.</summary>
    Pending,

    /// <summary>已批准: the deadline was moved.</summary>
    Approved,

    /// <summary>不批准: the deadline stands.</summary>
    Rejected,

    /// <summary>已撤销: the work was finished (result submitted, case closed or transferred) before a decision.</summary>
    Withdrawn,
}
