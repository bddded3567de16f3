using Xunit;
using Zongzhi.Domain.Calendar;
using static Zongzhi.Domain.Tests.Calendar.ShippedCalendar;

namespace Zongzhi.Domain.Tests.Calendar;

public sealed partial class WorkCalendarTests
{
    [Theory]
    // 2026-12-01 is a December day of 2026; the 2027 notice that could move it is not out.
    [InlineData(PeriodUnit.WorkingDays, "2026-11-20", 7, "2026-12-01")]
    [InlineData(PeriodUnit.WorkingDays, "2026-12-01", 1, "2026-12-02")]
    // 2027 counts weekends only: 2027-01-01 (Fri) is a working day until a notice says otherwise.
    [InlineData(PeriodUnit.WorkingDays, "2026-12-30", 7, "2027-01-08")]
    [InlineData(PeriodUnit.WorkingDays, "2027-09-30", 1, "2027-10-01")]
    [InlineData(PeriodUnit.Months, "2026-11-15", 1, "2026-12-15")]
    // 2027-01-31 (Sun) moves to Monday 02-01.
    [InlineData(PeriodUnit.Months, "2026-12-31", 1, "2027-02-01")]
    [InlineData(PeriodUnit.CalendarDays, "2026-11-28", 3, "2026-12-01")]
    // 2026-12-05 (Sat), 12-06 (Sun).
    [InlineData(PeriodUnit.CalendarDays, "2026-11-25", 10, "2026-12-07")]
    public void Add_ReachesUnpublishedDays_IsProvisional(PeriodUnit unit, string start, int count, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.Add(startedOn, Period.Create(unit, count));

        Assert.Equal(Day(due), deadline.DueOn);
        Assert.True(deadline.IsProvisional);
    }

    [Theory]
    [InlineData(PeriodUnit.WorkingDays, "2007-01-04", 1, "2007-01-05")]
    [InlineData(PeriodUnit.WorkingDays, "2026-11-20", 6, "2026-11-30")]
    [InlineData(PeriodUnit.WorkingDays, "2025-03-03", 30, "2025-04-15")]
    // 2026-11-15 (Sun) moves to Monday 11-16.
    [InlineData(PeriodUnit.Months, "2026-10-15", 1, "2026-11-16")]
    // 2026-11-29 (Sun) moves to Monday 11-30, still November.
    [InlineData(PeriodUnit.CalendarDays, "2026-11-26", 3, "2026-11-30")]
    [InlineData(PeriodUnit.CalendarDays, "2026-11-27", 3, "2026-11-30")]
    public void Add_InsidePublishedYears_IsSettled(PeriodUnit unit, string start, int count, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.Add(startedOn, Period.Create(unit, count));

        Assert.Equal(Day(due), deadline.DueOn);
        Assert.False(deadline.IsProvisional);
    }

    [Theory]
    [InlineData(PeriodUnit.WorkingDays, "2026-11-20", 7, "2026-12-01")]
    // With 2027-01-01..03 off, the seventh working day moves from 01-08 to 01-11.
    [InlineData(PeriodUnit.WorkingDays, "2026-12-30", 7, "2027-01-11")]
    [InlineData(PeriodUnit.Months, "2026-11-15", 1, "2026-12-15")]
    [InlineData(PeriodUnit.Months, "2026-12-31", 1, "2027-02-01")]
    [InlineData(PeriodUnit.CalendarDays, "2026-11-25", 10, "2026-12-07")]
    public void Add_With2027NoticeLoaded_DecemberIsSettled(PeriodUnit unit, string start, int count, string due)
    {
        var calendar = With2027();

        var deadline = calendar.Add(Day(start), Period.Create(unit, count));

        Assert.Equal(Day(due), deadline.DueOn);
        Assert.False(deadline.IsProvisional);
    }

    [Fact]
    public void AddWorkingDays_With2027NoticeLoaded_December2027StillProvisional()
    {
        var calendar = With2027();

        var deadline = calendar.AddWorkingDays(Day("2027-11-30"), 1);

        Assert.Equal(Day("2027-12-01"), deadline.DueOn);
        Assert.True(deadline.IsProvisional);
    }

    [Fact]
    public void From_EmptyScheduleFor2027_StaysUnpublished()
    {
        var empty = new HolidaySchedule(2027, [], []);

        var calendar = With([empty]);

        Assert.DoesNotContain(2027, calendar.PublishedYears);
        Assert.Equal(_calendar.Version, calendar.Version);
        Assert.True(calendar.AddWorkingDays(Day("2026-12-30"), 7).IsProvisional);
    }

    [Theory]
    // A local holiday on Wednesday 2025-03-12 pushes three working days from Thursday 03-13 to Friday 03-14.
    [InlineData(LocalOverrideKind.LocalHoliday, "2025-03-12", "2025-03-10", 3, "2025-03-14")]
    // An emergency closure on 2025-10-09 pushes the National Day anchor from 10-16 to 10-17.
    [InlineData(LocalOverrideKind.EmergencyClosure, "2025-10-09", "2025-09-30", 7, "2025-10-17")]
    // An extra working Saturday 2025-03-15 becomes day 2.
    [InlineData(LocalOverrideKind.ExtraWorkingDay, "2025-03-15", "2025-03-13", 2, "2025-03-15")]
    // Working a National Day holiday makes it day 1.
    [InlineData(LocalOverrideKind.ExtraWorkingDay, "2025-10-02", "2025-09-30", 1, "2025-10-02")]
    public void AddWorkingDays_LocalOverride_ShiftsCountAndIsSettled(
        LocalOverrideKind kind, string overrideDate, string start, int days, string due)
    {
        var calendar = With(overrides: [new LocalOverride(Day(overrideDate), kind, "镇党委决定")]);

        var deadline = calendar.AddWorkingDays(Day(start), days);

        Assert.Equal(Day(due), deadline.DueOn);
        Assert.False(deadline.IsProvisional);
    }

    [Fact]
    public void AddCalendarDays_EndsOnLocalWorkingDayInDecember2026_IsSettled()
    {
        var calendar = With(overrides: [new LocalOverride(Day("2026-12-05"), LocalOverrideKind.ExtraWorkingDay, "年终集中办公")]);

        var deadline = calendar.AddCalendarDays(Day("2026-11-30"), 5);

        Assert.Equal(Day("2026-12-05"), deadline.DueOn);
        Assert.False(deadline.IsProvisional);
    }

    [Fact]
    public void AddCalendarDays_SameWithoutLocalOverride_IsProvisional()
    {
        var startedOn = Day("2026-11-30");

        var deadline = _calendar.AddCalendarDays(startedOn, 5);

        Assert.Equal(Day("2026-12-07"), deadline.DueOn);
        Assert.True(deadline.IsProvisional);
    }
}
