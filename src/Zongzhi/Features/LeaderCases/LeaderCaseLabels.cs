using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.LeaderCases;

namespace Zongzhi.Features.LeaderCases;

/// <summary>Chinese labels for the leader-case pages (exhaustive switches: CS8509).</summary>
public static class LeaderCaseLabels
{
    public static string Of(LeaderCaseStatus status) => status switch
    {
        LeaderCaseStatus.AwaitingTake => "待接案",
        LeaderCaseStatus.InProgress => "办理中",
        LeaderCaseStatus.Transferred => "已移交",
        LeaderCaseStatus.Closed => "已办结",
        LeaderCaseStatus.HandedOver => "材料已移交",
        LeaderCaseStatus.Archived => "已归档",
    };

    public static string Of(ExtensionRequestStatus status) => status switch
    {
        ExtensionRequestStatus.Pending => "待审批",
        ExtensionRequestStatus.Approved => "已批准",
        ExtensionRequestStatus.Rejected => "未批准",
        ExtensionRequestStatus.Withdrawn => "已撤销",
    };
}
