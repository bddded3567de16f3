using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.ExtensionRequests;

namespace Zongzhi.Features.Assignments;

/// <summary>Chinese labels of the sheet pages, and the traffic light of a deadline (green, yellow due soon, red overdue).</summary>
public static class SheetLabels
{
    public sealed record Light(string Tone, string Text);

    /// <summary>Met deadlines are grey; open ones red past the last day, yellow within <paramref name="soon"/>, else green.</summary>
    public static Light LightOf(DateOnly dueOn, DateOnly? metOn, DateOnly today, DateOnly soon) =>
        metOn is not null ? new("", "已完成")
        : dueOn < today ? new("bad", "已超期")
        : dueOn <= soon ? new("warn", "即将到期")
        : new("ok", "正常");

    public static string Of(ExtensionRequestStatus status) => status switch
    {
        ExtensionRequestStatus.Pending => "待审批",
        ExtensionRequestStatus.Approved => "已批准",
        ExtensionRequestStatus.Rejected => "未批准",
        ExtensionRequestStatus.Withdrawn => "已撤回",
    };

    public static string Of(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Accepted => "审核通过",
        ReviewOutcome.RehandlingOrdered => "要求重新办理",
    };
}
