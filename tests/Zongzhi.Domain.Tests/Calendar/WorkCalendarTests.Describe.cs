using Xunit;
using Zongzhi.Domain.Calendar;
using static Zongzhi.Domain.Tests.Calendar.ShippedCalendar;

namespace Zongzhi.Domain.Tests.Calendar;

public sealed partial class WorkCalendarTests
{
    [Theory]
    [InlineData("2025-10-01", DayKind.Holiday, "国庆节、中秋节")]
    [InlineData("2025-10-11", DayKind.MakeupWorkingDay, "国庆节、中秋节")]
    [InlineData("2025-10-12", DayKind.Weekend, null)]
    [InlineData("2025-10-13", DayKind.Workday, null)]
    [InlineData("2020-02-01", DayKind.Holiday, "春节")]
    [InlineData("2020-01-19", DayKind.MakeupWorkingDay, "春节")]
    // A weekday the corrected notice names as worked is an ordinary workday.
    [InlineData("2020-02-03", DayKind.Workday, "春节")]
    [InlineData("2018-12-29", DayKind.MakeupWorkingDay, "元旦")]
    [InlineData("2018-12-31", DayKind.Holiday, "元旦")]
    [InlineData("2022-12-31", DayKind.Holiday, "元旦")]
    [InlineData("2024-02-18", DayKind.MakeupWorkingDay, "春节")]
    [InlineData("2024-02-29", DayKind.Workday, null)]
    [InlineData("2027-01-01", DayKind.Workday, null)]
    [InlineData("2027-01-02", DayKind.Weekend, null)]
    public void Describe_NoticeDays_GivesKindAndName(string date, DayKind kind, string? name)
    {
        var day = Day(date);

        var described = _calendar.Describe(day);

        Assert.Equal(day, described.Date);
        Assert.Equal(kind, described.Kind);
        Assert.Equal(name, described.Name);
    }

    [Theory]
    [InlineData("2007-01-01", true)]
    [InlineData("2018-12-29", true)]
    [InlineData("2025-12-31", true)]
    [InlineData("2026-11-30", true)]
    [InlineData("2026-12-01", false)]
    [InlineData("2026-12-31", false)]
    [InlineData("2027-06-01", false)]
    // Named by the 2007 notice, but 2006's own notice is not loaded.
    [InlineData("2006-12-30", false)]
    public void Describe_ShippedCalendar_SettledOnlyWhenNoticesOut(string date, bool settled)
    {
        var day = Day(date);

        var described = _calendar.Describe(day);

        Assert.Equal(settled, described.IsSettled);
    }

    [Theory]
    [InlineData(LocalOverrideKind.LocalHoliday, "2025-03-12", DayKind.LocalRestDay, false)]
    [InlineData(LocalOverrideKind.EmergencyClosure, "2025-03-13", DayKind.LocalRestDay, false)]
    [InlineData(LocalOverrideKind.ExtraWorkingDay, "2025-03-15", DayKind.LocalWorkingDay, true)]
    // A local decision sits on top of the national notice.
    [InlineData(LocalOverrideKind.ExtraWorkingDay, "2025-10-02", DayKind.LocalWorkingDay, true)]
    [InlineData(LocalOverrideKind.EmergencyClosure, "2025-10-11", DayKind.LocalRestDay, false)]
    // Local decisions are final for the town even where no notice is out.
    [InlineData(LocalOverrideKind.LocalHoliday, "2026-12-15", DayKind.LocalRestDay, false)]
    [InlineData(LocalOverrideKind.ExtraWorkingDay, "2027-01-09", DayKind.LocalWorkingDay, true)]
    public void Describe_LocalOverride_GivesLocalKindReasonAndSettled(
        LocalOverrideKind overrideKind, string date, DayKind kind, bool working)
    {
        var day = Day(date);
        var calendar = With(overrides: [new LocalOverride(day, overrideKind, "防汛应急")]);

        var described = calendar.Describe(day);

        Assert.Equal(kind, described.Kind);
        Assert.Equal("防汛应急", described.Name);
        Assert.Equal(working, described.IsWorkingDay);
        Assert.True(described.IsSettled);
    }

    [Fact]
    public void Describe_With2027NoticeLoaded_December2026Settled()
    {
        var calendar = With2027();

        var december = calendar.Describe(Day("2026-12-31"));
        var newYear = calendar.Describe(Day("2027-01-01"));

        Assert.True(december.IsSettled);
        Assert.Equal(DayKind.Holiday, newYear.Kind);
        Assert.True(newYear.IsSettled);
    }

    [Fact]
    public void Days_SpringFestival2020_ListsEveryDayInclusive()
    {
        var from = Day("2020-01-23");
        var to = Day("2020-02-03");

        var days = _calendar.Days(from, to).ToList();

        Assert.Equal(12, days.Count);
        Assert.Equal(from, days[0].Date);
        Assert.Equal(to, days[^1].Date);
        Assert.Equal(2, days.Count(d => d.IsWorkingDay));
        Assert.Equal(10, days.Count(d => d.Kind == DayKind.Holiday));
    }
}
