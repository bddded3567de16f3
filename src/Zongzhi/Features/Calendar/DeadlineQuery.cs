using System.Globalization;
using System.Text.Json.Serialization;
using Zongzhi.Domain.Calendar;

namespace Zongzhi.Features.Calendar;

/// <summary>
/// A deadline question as the CLI and the API receive it (strings, so every refusal names its field in Chinese):
/// a start date and exactly one of working days, calendar days or months.
/// </summary>
public sealed record DeadlineQuery(string? Start, string? WorkingDays, string? CalendarDays, string? Months)
{
    public (DateOnly Start, Period Period)? Validate(out Dictionary<string, string[]> errors)
    {
        errors = [];
        DateOnly start = default;
        if (string.IsNullOrWhiteSpace(Start))
        {
            errors["start"] = ["请提供起算日期 start（格式 yyyy-MM-dd）"];
        }
        else if (!DateOnly.TryParseExact(Start.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            errors["start"] = [$"起算日期 start 无效：“{Start}”不是真实存在的 yyyy-MM-dd 日期"];
        }

        var given = new List<(string Field, string Value, PeriodUnit Unit)>();
        if (WorkingDays is not null) given.Add(("workingDays", WorkingDays, PeriodUnit.WorkingDays));
        if (CalendarDays is not null) given.Add(("calendarDays", CalendarDays, PeriodUnit.CalendarDays));
        if (Months is not null) given.Add(("months", Months, PeriodUnit.Months));

        Period period = default;
        if (given.Count == 0)
        {
            errors["period"] = ["请提供期间：workingDays（工作日）、calendarDays（自然日）或 months（月）之一"];
        }
        else if (given.Count > 1)
        {
            errors["period"] = [$"只能提供一种期间，收到了 {string.Join("、", given.Select(g => g.Field))}"];
        }
        else
        {
            var (field, value, unit) = given[0];
            var max = unit == PeriodUnit.Months ? Period.MaxMonths : Period.MaxDays;
            if (!int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || !Period.IsValidCount(unit, count))
            {
                errors[field] = [$"{field} 必须是 1 到 {max} 之间的整数，收到“{value}”"];
            }
            else
            {
                period = Period.Create(unit, count);
            }
        }

        return errors.Count == 0 ? (start, period) : null;
    }
}

/// <summary>The answer: <c>{"start","lastDay","provisional","calendarVersion"}</c>, the same from the CLI and the API.</summary>
public sealed record DeadlineAnswer(
    [property: JsonPropertyName("start")] string Start,
    [property: JsonPropertyName("lastDay")] string LastDay,
    [property: JsonPropertyName("provisional")] bool Provisional,
    [property: JsonPropertyName("calendarVersion")] string CalendarVersion)
{
    public static DeadlineAnswer From(DateOnly start, Deadline deadline) => new(
        start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        deadline.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        deadline.IsProvisional,
        deadline.CalendarVersion);

    /// <summary>A readable line in Chinese for the CLI without --json.</summary>
    public static string Describe(DateOnly start, Period period, Deadline deadline)
    {
        var unit = period.Unit switch
        {
            PeriodUnit.WorkingDays => "个工作日",
            PeriodUnit.CalendarDays => "日",
            PeriodUnit.Months => "个月",
        };
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var text = string.Format(zh, "自 {0:yyyy年M月d日} 起算 {1}{2}，期间最后一日为 {3:yyyy年M月d日}（{4:dddd}），当日 24 时届满",
            start, period.Count, unit, deadline.DueOn, deadline.DueOn);
        return deadline.IsProvisional
            ? text + "。注意：所涉年份的国务院节假日安排尚未公布，此期限为暂定，公布后将重新计算。"
            : text + "。";
    }
}
