using Xunit;
using Zongzhi.Domain.Calendar;
using static Zongzhi.Domain.Tests.Calendar.ShippedCalendar;

namespace Zongzhi.Domain.Tests.Calendar;

/// <summary>
/// The calendar engine over the real notices, split per aspect as NodaTime splits <c>LocalDateTest</c>. Every expected
/// date in these tables was counted by hand on a calendar from the notice JSON, not produced by the engine.
/// </summary>
public sealed partial class WorkCalendarTests
{
    private readonly WorkCalendar _calendar = ShippedCalendar.Instance;

    [Fact]
    public void PublishedYears_ShippedNotices_Are2007Through2026()
    {
        var expected = Enumerable.Range(2007, 20).ToList();

        var years = _calendar.PublishedYears;

        Assert.Equal(expected, years);
    }

    [Fact]
    public void Version_SameSchedules_IsEqual()
    {
        var rebuilt = WorkCalendar.From(Schedules);

        var version = rebuilt.Version;

        Assert.Equal(_calendar.Version, version);
        Assert.StartsWith("cal-", version, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_NoticeAdded_Changes()
    {
        var with2027 = With2027();

        var version = with2027.Version;

        Assert.NotEqual(_calendar.Version, version);
    }

    [Fact]
    public void Version_OverrideAdded_Changes()
    {
        var withOverride = With(overrides: [new LocalOverride(Day("2025-03-12"), LocalOverrideKind.LocalHoliday, "镇庆")]);

        var version = withOverride.Version;

        Assert.NotEqual(_calendar.Version, version);
    }

    [Fact]
    public void AddWorkingDays_Result_CarriesCalendarVersion()
    {
        var start = Day("2025-09-30");

        var deadline = _calendar.AddWorkingDays(start, 7);

        Assert.Equal(_calendar.Version, deadline.CalendarVersion);
    }

    [Fact]
    public void From_SchedulesInAnyOrder_SameCalendar()
    {
        var reversed = WorkCalendar.From(Schedules.Reverse());

        var version = reversed.Version;

        Assert.Equal(_calendar.Version, version);
        Assert.True(reversed.IsWorkingDay(Day("2018-12-29")));
    }
}
