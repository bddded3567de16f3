using System.Globalization;
using Zongzhi.Domain.Information;

namespace Zongzhi.Domain.Meetings;

/// <summary>
/// A reporting period (统计期间) in town dates, both ends included: an ISO week (Monday–Sunday), a month or a quarter,
/// written "2026-W44", "2026-10" or "2026-Q4". Statistics compare it with the period before and the same period a
/// year earlier (环比、同比).
/// </summary>
/// <param name="Kind">Week, month or quarter.</param>
/// <param name="FirstDay">The first day.</param>
/// <param name="LastDay">The last day.</param>
public readonly record struct ReportPeriod(ReportPeriodKind Kind, DateOnly FirstDay, DateOnly LastDay)
{
    /// <summary>The ISO week (Monday to Sunday) containing <paramref name="day"/>.</summary>
    /// <param name="day">Any day of the week.</param>
    public static ReportPeriod WeekOf(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new(ReportPeriodKind.Week, monday, monday.AddDays(6));
    }

    /// <summary>A calendar month.</summary>
    /// <param name="month">The month.</param>
    public static ReportPeriod Of(ReportMonth month) => new(ReportPeriodKind.Month, month.FirstDay, month.LastDay);

    /// <summary>The quarter containing <paramref name="day"/>.</summary>
    /// <param name="day">Any day of the quarter.</param>
    public static ReportPeriod QuarterOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
        return new(ReportPeriodKind.Quarter, first, first.AddMonths(3).AddDays(-1));
    }

    /// <summary>The period of the same kind just before.</summary>
    public ReportPeriod Previous => Kind switch
    {
        ReportPeriodKind.Week => WeekOf(FirstDay.AddDays(-7)),
        ReportPeriodKind.Month => Of(ReportMonth.Of(FirstDay.AddMonths(-1))),
        ReportPeriodKind.Quarter => QuarterOf(FirstDay.AddMonths(-3)),
    };

    /// <summary>The same period a year earlier (the ISO week with the same number for weeks).</summary>
    public ReportPeriod YearEarlier => Kind switch
    {
        ReportPeriodKind.Week => SameWeekYearEarlier(FirstDay),
        ReportPeriodKind.Month => Of(ReportMonth.Of(FirstDay.AddYears(-1))),
        ReportPeriodKind.Quarter => QuarterOf(FirstDay.AddYears(-1)),
    };

    private static ReportPeriod SameWeekYearEarlier(DateOnly monday)
    {
        var date = monday.ToDateTime(TimeOnly.MinValue);
        var year = ISOWeek.GetYear(date) - 1;
        var week = Math.Min(ISOWeek.GetWeekOfYear(date), ISOWeek.GetWeeksInYear(year));
        return WeekOf(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)));
    }

    /// <summary>The calendar months lying wholly inside the period (village monthly reports count per month).</summary>
    public IReadOnlyList<ReportMonth> WholeMonths
    {
        get
        {
            var months = new List<ReportMonth>();
            for (var month = ReportMonth.Of(FirstDay); month.FirstDay <= LastDay; month = month.Next)
            {
                if (month.FirstDay >= FirstDay && month.LastDay <= LastDay)
                {
                    months.Add(month);
                }
            }

            return months;
        }
    }

    /// <summary>Whether a date falls in the period.</summary>
    /// <param name="date">The date.</param>
    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>
    /// Parses "2026-W44", "2026-10" or "2026-Q4" (years 2000–2100); null when the text is none of them.
    /// </summary>
    /// <param name="text">The text.</param>
    public static ReportPeriod? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (ReportMonth.Parse(text) is { } month)
        {
            return Of(month);
        }

        if (text.Length == 7 && text[4] == '-' && (text[5] == 'Q' || text[5] == 'q')
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100
            && text[6] is >= '1' and <= '4')
        {
            return QuarterOf(new DateOnly(year, ((text[6] - '1') * 3) + 1, 1));
        }

        if (text.Length is 8 or 7 && text[4] == '-' && (text[5] == 'W' || text[5] == 'w')
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var weekYear) && weekYear is >= 2000 and <= 2100
            && int.TryParse(text.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week >= 1 && week <= ISOWeek.GetWeeksInYear(weekYear))
        {
            return WeekOf(DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, DayOfWeek.Monday)));
        }

        return null;
    }

    /// <summary>"2026-W44", "2026-10" or "2026-Q4".</summary>
    public override string ToString() => Kind switch
    {
        ReportPeriodKind.Week => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(FirstDay.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(FirstDay.ToDateTime(TimeOnly.MinValue)):D2}"),
        ReportPeriodKind.Month => ReportMonth.Of(FirstDay).ToString(),
        ReportPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{FirstDay.Year:D4}-Q{((FirstDay.Month - 1) / 3) + 1}"),
    };

    /// <summary>The period in Chinese, e.g. "2026年10月", "2026年第4季度", "2026年第44周（10月26日—11月1日）".</summary>
    public string Title => Kind switch
    {
        ReportPeriodKind.Week => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(FirstDay.ToDateTime(TimeOnly.MinValue))}年第{ISOWeek.GetWeekOfYear(FirstDay.ToDateTime(TimeOnly.MinValue))}周（{FirstDay.Month}月{FirstDay.Day}日—{LastDay.Month}月{LastDay.Day}日）"),
        ReportPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{FirstDay.Year}年{FirstDay.Month}月"),
        ReportPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{FirstDay.Year}年第{((FirstDay.Month - 1) / 3) + 1}季度"),
    };
}
