using System.Globalization;
using Zongzhi.Domain.Calendar;

namespace Zongzhi.Domain.Tests.Calendar;

/// <summary>
/// The calendar the product ships: the State Council notices 2007–2026 embedded from
/// src/Zongzhi/Features/Calendar/Notices (STYLE.md §7), parsed once and shared by every test.
/// </summary>
internal static class ShippedCalendar
{
    public const int FirstYear = 2007;
    public const int LastYear = 2026;

    private static readonly Lazy<IReadOnlyList<HolidaySchedule>> _schedules = new(LoadSchedules);
    private static readonly Lazy<WorkCalendar> _calendar = new(() => WorkCalendar.From(_schedules.Value));

    /// <summary>The shipped calendar: 2007–2026 published, 2027 not.</summary>
    public static WorkCalendar Instance => _calendar.Value;

    /// <summary>The shipped schedules, one per year.</summary>
    public static IReadOnlyList<HolidaySchedule> Schedules => _schedules.Value;

    /// <summary>
    /// A made-up 2027 notice (元旦 on Friday 2027-01-01 to Sunday 01-03), standing in for the one the State Council has
    /// not yet published, to show what loading a notice settles.
    /// </summary>
    public static HolidaySchedule Hypothetical2027 { get; } = new(
        2027,
        ["https://example.invalid/2027-notice"],
        [
            new NoticeDay(Day("2027-01-01"), NoticeDayKind.Holiday, "元旦"),
            new NoticeDay(Day("2027-01-02"), NoticeDayKind.Holiday, "元旦"),
            new NoticeDay(Day("2027-01-03"), NoticeDayKind.Holiday, "元旦"),
        ]);

    /// <summary>The shipped notices plus <paramref name="extra"/> schedules and local overrides.</summary>
    public static WorkCalendar With(IEnumerable<HolidaySchedule>? extra = null, IEnumerable<LocalOverride>? overrides = null) =>
        WorkCalendar.From(Schedules.Concat(extra ?? []), overrides);

    /// <summary>The shipped notices with the hypothetical 2027 notice loaded.</summary>
    public static WorkCalendar With2027() => With([Hypothetical2027]);

    /// <summary>The text of the embedded notice for <paramref name="year"/>.</summary>
    public static string ReadNotice(int year)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"notices/{year}.json");
        using var stream = typeof(ShippedCalendar).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The notice {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses an ISO date written in a test table.</summary>
    public static DateOnly Day(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<HolidaySchedule> LoadSchedules()
    {
        var schedules = new List<HolidaySchedule>();
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var (schedule, error) = HolidayScheduleJson.Parse(ReadNotice(year));
            schedules.Add(schedule ?? throw new InvalidOperationException($"notices/{year}.json: {error}"));
        }

        return schedules;
    }
}
