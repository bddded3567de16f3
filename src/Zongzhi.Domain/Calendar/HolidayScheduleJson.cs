using System.Globalization;
using System.Text.Json;

namespace Zongzhi.Domain.Calendar;

/// <summary>
/// Reads a year's holiday notice (节假日安排) from JSON: Zongzhi's own format (<c>kind</c> per day) or the
/// holiday-cn format used by <c>zongzhi calendar load</c> (<c>isOffDay</c> per day; <c>false</c> marks a working day).
/// </summary>
public static class HolidayScheduleJson
{
    /// <summary>Parses one file; on failure returns null and a message in Chinese naming what is wrong.</summary>
    public static (HolidaySchedule? Schedule, string? Error) Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException exception)
        {
            return (null, $"文件不是有效的 JSON：{exception.Message}");
        }
    }

    private static (HolidaySchedule?, string?) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("year", out var yearElement)
            || yearElement.ValueKind != JsonValueKind.Number
            || !yearElement.TryGetInt32(out var year)
            || year is < 1949 or > 2200)
        {
            return (null, "缺少有效的年份 year");
        }

        var notices = new List<string>();
        if (TryArray(root, "papers", out var papers) || TryArray(root, "notices", out papers))
        {
            foreach (var paper in papers.EnumerateArray())
            {
                if (paper.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(paper.GetString()))
                {
                    return (null, "通知来源 papers 必须是非空字符串");
                }

                notices.Add(paper.GetString()!);
            }
        }

        if (!TryArray(root, "days", out var daysElement))
        {
            return (null, "缺少日期列表 days");
        }

        var days = new List<NoticeDay>();
        var seen = new HashSet<DateOnly>();
        var index = 0;
        foreach (var element in daysElement.EnumerateArray())
        {
            index++;
            var (day, error) = ReadDay(element, index);
            if (day is null)
            {
                return (null, error);
            }

            // A notice names days of its year and at most late December of the year before (the 2019 notice moves
            // 2018-12-29); CalendarDay.IsSettled relies on no other notice changing a day.
            if (day.Date.Year != year && !(day.Date.Year == year - 1 && day.Date.Month == 12))
            {
                return (null, $"第 {index} 天 {day.Date:yyyy-MM-dd} 不属于 {year} 年的安排");
            }

            if (!seen.Add(day.Date))
            {
                return (null, $"第 {index} 天 {day.Date:yyyy-MM-dd} 重复出现");
            }

            days.Add(day);
        }

        days.Sort((a, b) => a.Date.CompareTo(b.Date));
        return (new HolidaySchedule(year, notices, days), null);
    }

    private static (NoticeDay?, string?) ReadDay(JsonElement element, int index)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("date", out var dateElement)
            || dateElement.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, $"第 {index} 天的日期 date 无效（应为 yyyy-MM-dd 的真实日期）");
        }

        var name = element.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String
            ? nameElement.GetString()!
            : "";
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (element.TryGetProperty("isOffDay", out var offElement) && offElement.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            var kind = offElement.GetBoolean() ? NoticeDayKind.Holiday
                : weekend ? NoticeDayKind.MakeupWorkingDay : NoticeDayKind.WorkingDay;
            return (new NoticeDay(date, kind, name), null);
        }

        if (element.TryGetProperty("kind", out var kindElement)
            && kindElement.ValueKind == JsonValueKind.String
            && Enum.TryParse<NoticeDayKind>(kindElement.GetString(), ignoreCase: false, out var ownKind)
            && Enum.IsDefined(ownKind))
        {
            return (new NoticeDay(date, ownKind, name), null);
        }

        return (null, $"第 {index} 天 {date:yyyy-MM-dd} 缺少 isOffDay（是否放假）");
    }

    private static bool TryArray(JsonElement root, string name, out JsonElement array)
    {
        if (root.TryGetProperty(name, out array) && array.ValueKind == JsonValueKind.Array)
        {
            return true;
        }

        array = default;
        return false;
    }
}
