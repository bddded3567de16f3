using System.Globalization;
using Zongzhi.Domain.Information;
using Zongzhi.Platform;

namespace Zongzhi.Features.Information;

/// <summary>Chinese labels of the information enums for pages (exhaustive switches), and the town's local time for inputs.</summary>
public static class InformationLabels
{
    public static string Of(InformationSource source) => source switch
    {
        InformationSource.Reception => "来访、调解申请（接待室）",
        InformationSource.Village => "村(社区)",
        InformationSource.Screening => "排查",
        InformationSource.MajorIncident => "重大突发事件、越级上访",
        InformationSource.Informant => "治安信息员",
    };

    public static string Of(InformationSeverity severity) => severity switch
    {
        InformationSeverity.Ordinary => "一般",
        InformationSeverity.Serious => "较大",
        InformationSeverity.Major => "重大",
    };

    public static string Of(InformationStatus status) => status switch
    {
        InformationStatus.Registered => "已登记",
        InformationStatus.Handled => "已处理",
        InformationStatus.Analysed => "已分析",
    };

    public static string Of(InformationOutcome outcome) => outcome switch
    {
        InformationOutcome.Noted => "已知悉",
        InformationOutcome.TurnedIntoMatter => "已转为事项",
        InformationOutcome.Closed => "已关闭",
    };

    public static string Of(VillageReportStatus status) => status switch
    {
        VillageReportStatus.Draft => "草稿",
        VillageReportStatus.Submitted => "已上报",
    };

    public static string Of(ScreeningCampaignStatus status) => status switch
    {
        ScreeningCampaignStatus.Open => "进行中",
        ScreeningCampaignStatus.Analysed => "已分析",
    };

    /// <summary>A UTC instant as the value of a datetime-local input in the town's zone (minutes).</summary>
    public static DateTime Local(TownClock clock, DateTime utc)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), clock.Zone);
        return new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
    }

    /// <summary>A datetime-local input (town time) as an instant.</summary>
    public static DateTimeOffset? Instant(TownClock clock, DateTime? local)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (local is not { } value)
        {
            return null;
        }

        var unspecified = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, clock.Zone.GetUtcOffset(unspecified));
    }

    public static string Input(DateTime? local) => local?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Tags typed in one box, separated by commas, 、 or new lines.</summary>
    public static List<string> Tags(string? text) =>
        (text ?? "").Split([',', '，', '、', ';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
