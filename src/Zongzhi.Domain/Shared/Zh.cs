using System.Globalization;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Domain.Shared;

/// <summary>Chinese wording for timeline summaries and refusal messages written by the domain.</summary>
internal static class Zh
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Of(Complexity complexity) => complexity switch
    {
        Complexity.General => "一般",
        Complexity.Complex => "复杂",
        Complexity.EspeciallyComplex => "特别复杂",
    };

    public static string Of(SupervisionTrack track) => track switch
    {
        SupervisionTrack.Center => "综治中心",
        SupervisionTrack.PartyGovernmentOffice => "镇党政办",
    };

    public static string Of(Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        Satisfaction.Unsatisfied => "不满意",
    };

    public static string Of(CallbackMethod method) => method switch
    {
        CallbackMethod.Phone => "电话回访",
        CallbackMethod.Visit => "上门回访",
        CallbackMethod.InPerson => "当面回访",
        CallbackMethod.Letter => "信函回访",
        CallbackMethod.TextMessage => "短信回访",
    };
}
