using System.Globalization;

namespace Zongzhi.Domain.Information;

/// <summary>A calendar month of reporting (报告月份), as NodaTime's <c>YearMonth</c>; written "2026-10".</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 1–12.</param>
public readonly record struct ReportMonth(int Year, int Month) : IComparable<ReportMonth>
{
    /// <summary>The month's first day.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The month's last day.</summary>
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>The next month.</summary>
    public ReportMonth Next => Of(FirstDay.AddMonths(1));

    /// <summary>The previous month.</summary>
    public ReportMonth Previous => Of(FirstDay.AddMonths(-1));

    /// <summary>The same month a year earlier.</summary>
    public ReportMonth YearEarlier => new(Year - 1, Month);

    /// <summary>The month of a date.</summary>
    /// <param name="date">Any day of the month.</param>
    public static ReportMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Parses "2026-10"; null when the text is not a month between 2000 and 2100.</summary>
    /// <param name="text">The text.</param>
    public static ReportMonth? Parse(string? text) =>
        text is { Length: 7 } && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 2000 and <= 2100
            ? Of(day)
            : null;

    /// <summary>
    /// The due date of the village report for this month (村(社区)每月上报, 信息收集通报制度（一）2): the given day of the
    /// next month (the 5th by default), or that month's last day if it is shorter.
    /// </summary>
    /// <param name="dueDay">The configured day of the next month, 1–31.</param>
    public DateOnly DueOn(int dueDay)
    {
        var next = Next.FirstDay;
        return next.AddDays(Math.Clamp(dueDay, 1, DateTime.DaysInMonth(next.Year, next.Month)) - 1);
    }

    /// <summary>Whether a date falls in this month.</summary>
    /// <param name="date">The date.</param>
    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    /// <inheritdoc/>
    public int CompareTo(ReportMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    /// <summary>Whether <paramref name="left"/> is earlier.</summary>
    /// <param name="left">A month.</param>
    /// <param name="right">Another month.</param>
    public static bool operator <(ReportMonth left, ReportMonth right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is later.</summary>
    /// <param name="left">A month.</param>
    /// <param name="right">Another month.</param>
    public static bool operator >(ReportMonth left, ReportMonth right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is earlier or the same.</summary>
    /// <param name="left">A month.</param>
    /// <param name="right">Another month.</param>
    public static bool operator <=(ReportMonth left, ReportMonth right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is later or the same.</summary>
    /// <param name="left">A month.</param>
    /// <param name="right">Another month.</param>
    public static bool operator >=(ReportMonth left, ReportMonth right) => left.CompareTo(right) >= 0;

    /// <summary>"2026-10".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
