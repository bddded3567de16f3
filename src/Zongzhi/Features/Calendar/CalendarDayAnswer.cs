using System.Globalization;
using System.Text.Json.Serialization;
using Zongzhi.Domain.Calendar;

namespace Zongzhi.Features.Calendar;

/// <summary>One day in <c>GET /api/calendar/days</c>.</summary>
public sealed record CalendarDayAnswer(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("weekday")] string Weekday,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("kindLabel")] string KindLabel,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("workingDay")] bool WorkingDay,
    [property: JsonPropertyName("settled")] bool Settled)
{
    public static CalendarDayAnswer From(CalendarDay day) => new(
        day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        day.Date.ToString("dddd", CultureInfo.GetCultureInfo("zh-CN")),
        KindName(day.Kind),
        Label(day.Kind),
        day.Name,
        day.IsWorkingDay,
        day.IsSettled);

    public static string KindName(DayKind kind) => kind switch
    {
        DayKind.Workday => "workday",
        DayKind.Weekend => "weekend",
        DayKind.Holiday => "holiday",
        DayKind.MakeupWorkingDay => "makeupWorkday",
        DayKind.LocalRestDay => "localRestDay",
        DayKind.LocalWorkingDay => "localWorkday",
    };

    public static string Label(DayKind kind) => kind switch
    {
        DayKind.Workday => "工作日",
        DayKind.Weekend => "周末",
        DayKind.Holiday => "法定节假日",
        DayKind.MakeupWorkingDay => "调休上班",
        DayKind.LocalRestDay => "本地休息日",
        DayKind.LocalWorkingDay => "本地加班日",
    };
}
