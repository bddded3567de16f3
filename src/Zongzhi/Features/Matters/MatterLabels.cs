using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using Zongzhi.Platform;

namespace Zongzhi.Features.Matters;

/// <summary>Chinese labels of the matter enums for pages; exhaustive switches, so a new member needs its label (CS8509).</summary>
public static class MatterLabels
{
    public static IReadOnlyList<IntakeChannel> RegistrationChannels { get; } =
        [IntakeChannel.Visit, IntakeChannel.Letter, IntakeChannel.Call, IntakeChannel.MediationApplication];

    /// <summary>An instant as the town reads it: 2026-11-28 09:30.</summary>
    public static string At(TownClock clock, DateTime utc)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), clock.Zone)
            .ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Of(IntakeChannel channel) => channel switch
    {
        IntakeChannel.Visit => "来访",
        IntakeChannel.Letter => "来信",
        IntakeChannel.Call => "来电",
        IntakeChannel.MediationApplication => "调解申请",
        IntakeChannel.InformationItem => "信息转办",
    };

    public static string Of(MatterStatus status) => status switch
    {
        MatterStatus.Registered => "待受理",
        MatterStatus.Accepted => "已受理",
        MatterStatus.Declined => "不予受理",
        MatterStatus.Merged => "已并入重复件",
        MatterStatus.Assigned => "已交办",
        MatterStatus.InLeaderCase => "领导包案中",
        MatterStatus.Transferred => "已移交",
        MatterStatus.Closed => "已办结",
        MatterStatus.Archived => "已归档",
    };

    public static string Of(Complexity complexity) => complexity switch
    {
        Complexity.General => "一般",
        Complexity.Complex => "复杂",
        Complexity.EspeciallyComplex => "特别复杂",
    };

    public static string Of(SupervisionTrack track) => track switch
    {
        SupervisionTrack.Center => "综治中心督办",
        SupervisionTrack.PartyGovernmentOffice => "镇党政办督办",
    };

    public static string Of(PartyRole role) => role switch
    {
        PartyRole.Complainant => "投诉人(申请人)",
        PartyRole.Respondent => "被投诉人",
    };

    public static string Of(CallbackMethod method) => method switch
    {
        CallbackMethod.Phone => "电话回访",
        CallbackMethod.Visit => "上门回访",
        CallbackMethod.InPerson => "当面回访",
        CallbackMethod.Letter => "书面回访",
        CallbackMethod.TextMessage => "短信回访",
    };

    public static string Of(Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        Satisfaction.Unsatisfied => "不满意",
    };

    public static string Of(AssignmentSheetStatus status) => status switch
    {
        AssignmentSheetStatus.AwaitingReceipt => "待签收",
        AssignmentSheetStatus.InHandling => "办理中",
        AssignmentSheetStatus.AwaitingReview => "待审核",
        AssignmentSheetStatus.ResultAccepted => "已通过",
    };
}
