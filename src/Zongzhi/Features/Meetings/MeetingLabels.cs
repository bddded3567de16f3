using Zongzhi.Domain.Accountability;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Meetings;

namespace Zongzhi.Features.Meetings;

/// <summary>Chinese labels for the meeting pack and periodic reports (one exhaustive switch per enum).</summary>
public static class MeetingLabels
{
    public static string Of(InformationSource source) => source switch
    {
        InformationSource.Reception => "联调接待室",
        InformationSource.Village => "村(社区)",
        InformationSource.Screening => "排查",
        InformationSource.MajorIncident => "重大突发事件/越级上访",
        InformationSource.Informant => "治安信息员",
    };

    public static string Of(AccountabilityOutcome outcome) => outcome switch
    {
        AccountabilityOutcome.Admonishment => "诫勉教育",
        AccountabilityOutcome.EfficiencyWarning => "效能告诫",
        AccountabilityOutcome.DisciplinaryHandling => "党纪政纪处理",
        AccountabilityOutcome.JudicialTransfer => "移送司法机关",
        AccountabilityOutcome.NotHeldLiable => "不予追究",
    };

    public static string Of(ReportPeriodKind kind) => kind switch
    {
        ReportPeriodKind.Week => "周报",
        ReportPeriodKind.Month => "月报",
        ReportPeriodKind.Quarter => "季报",
    };

    public static string Of(ReportAudience audience) => audience switch
    {
        ReportAudience.CenterLeaders => "中心领导",
        ReportAudience.HigherDepartments => "上级有关部门",
    };

    public static string Of(PeriodicReportStatus status) => status switch
    {
        PeriodicReportStatus.Draft => "草稿",
        PeriodicReportStatus.Issued => "已印发",
    };

    /// <summary>A rate for display: "87.5%", or "—" when there was nothing to divide.</summary>
    public static string Rate(double? rate) => rate is { } r ? r.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A change against a comparison count: "+3", "−2", "持平".</summary>
    public static string Change(int current, int previous) => (current - previous) switch
    {
        0 => "持平",
        > 0 and var d => "+" + d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        var d => "−" + (-d).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
