using Xunit;
using static Zongzhi.Domain.Tests.Calendar.ShippedCalendar;

namespace Zongzhi.Domain.Tests.Calendar;

public sealed partial class WorkCalendarTests
{
    [Fact]
    public void AddWorkingDays_SpansNationalDay_CountsMakeupSaturday()
    {
        var receivedOn = Day("2025-09-30");

        var deadline = _calendar.AddWorkingDays(receivedOn, 7);

        Assert.Equal(Day("2025-10-16"), deadline.DueOn);
        Assert.False(deadline.IsProvisional);
    }

    [Theory]
    // The STYLE.md §7 anchor: 10-01..08 off, 10-11 (Sat) worked.
    [InlineData("2025-09-30", 7, "2025-10-16")]
    // 09-29 (Sun) worked before the holiday, 10-12 (Sat) worked after it.
    [InlineData("2024-09-27", 7, "2024-10-12")]
    public void AddWorkingDays_Anchors_MatchHandCount(string start, int days, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddWorkingDays(startedOn, days);

        Assert.Equal(Day(due), deadline.DueOn);
    }

    [Theory]
    // The corrected notice extended the holiday to Sunday 02-02; Monday 02-03 is the first day back.
    [InlineData("2020-01-23", 1, "2020-02-03")]
    [InlineData("2020-01-23", 2, "2020-02-04")]
    [InlineData("2020-01-22", 2, "2020-02-03")]
    // 2020-02-01 (Sat) was a makeup day in the first notice; the extension made it a holiday.
    [InlineData("2020-01-31", 1, "2020-02-03")]
    // Sunday 01-19 is the Spring Festival makeup day.
    [InlineData("2020-01-17", 1, "2020-01-19")]
    [InlineData("2020-01-17", 3, "2020-01-21")]
    public void AddWorkingDays_SpringFestival2020Extended_SkipsToFebruaryThird(string start, int days, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddWorkingDays(startedOn, days);

        Assert.Equal(Day(due), deadline.DueOn);
    }

    [Theory]
    [InlineData("2024-09-13", 1, "2024-09-14")]
    [InlineData("2025-01-24", 1, "2025-01-26")]
    [InlineData("2025-01-27", 4, "2025-02-08")]
    [InlineData("2026-02-10", 4, "2026-02-14")]
    [InlineData("2023-09-28", 1, "2023-10-07")]
    [InlineData("2023-09-28", 2, "2023-10-08")]
    [InlineData("2023-09-28", 3, "2023-10-09")]
    public void AddWorkingDays_MakeupWeekendDays_CountAsWorkingDays(string start, int days, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddWorkingDays(startedOn, days);

        Assert.Equal(Day(due), deadline.DueOn);
    }

    [Theory]
    [InlineData("2025-10-01", 1, "2025-10-09")]
    [InlineData("2025-10-03", 5, "2025-10-14")]
    [InlineData("2024-02-12", 1, "2024-02-18")]
    [InlineData("2018-12-31", 1, "2019-01-02")]
    public void AddWorkingDays_StartOnHoliday_FirstWorkingDayAfterIsDayOne(string start, int days, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddWorkingDays(startedOn, days);

        Assert.Equal(Day(due), deadline.DueOn);
    }

    [Theory]
    [InlineData("2025-09-28", 1, "2025-09-29")]
    [InlineData("2025-09-28", 3, "2025-10-09")]
    [InlineData("2018-12-29", 1, "2019-01-02")]
    [InlineData("2025-10-11", 1, "2025-10-13")]
    public void AddWorkingDays_StartOnMakeupDay_StartNotCounted(string start, int days, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddWorkingDays(startedOn, days);

        Assert.Equal(Day(due), deadline.DueOn);
    }

    [Theory]
    [InlineData("2025-03-08", 1, "2025-03-10")]
    [InlineData("2025-03-09", 1, "2025-03-10")]
    [InlineData("2025-03-08", 5, "2025-03-14")]
    [InlineData("2025-03-07", 1, "2025-03-10")]
    [InlineData("2025-10-12", 1, "2025-10-13")]
    public void AddWorkingDays_StartOnWeekend_FirstWorkingDayAfterIsDayOne(string start, int days, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddWorkingDays(startedOn, days);

        Assert.Equal(Day(due), deadline.DueOn);
    }

    [Theory]
    [InlineData("2024-02-28", 1, "2024-02-29")]
    [InlineData("2024-02-29", 1, "2024-03-01")]
    [InlineData("2024-02-29", 2, "2024-03-04")]
    [InlineData("2020-02-28", 1, "2020-03-02")]
    [InlineData("2016-02-26", 1, "2016-02-29")]
    [InlineData("2012-02-28", 1, "2012-02-29")]
    [InlineData("2008-02-28", 1, "2008-02-29")]
    [InlineData("2025-02-27", 2, "2025-03-03")]
    public void AddWorkingDays_MonthEndsAndLeapDays_CountEveryDay(string start, int days, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddWorkingDays(startedOn, days);

        Assert.Equal(Day(due), deadline.DueOn);
    }

    [Theory]
    // The 2019 notice makes 2018-12-29 (Sat) a working day and 2018-12-30/31 holidays.
    [InlineData("2018-12-28", 1, "2018-12-29")]
    [InlineData("2018-12-28", 2, "2019-01-02")]
    // The 2008 notice settles 2007-12-29 (worked) and 2007-12-30/31 (off).
    [InlineData("2007-12-28", 1, "2007-12-29")]
    [InlineData("2007-12-28", 2, "2008-01-02")]
    // The 2012 notice makes 2011-12-31 (Sat) a working day.
    [InlineData("2011-12-30", 1, "2011-12-31")]
    [InlineData("2011-12-30", 2, "2012-01-04")]
    // The 2023 notice puts Saturday 2022-12-31 into the New Year holiday.
    [InlineData("2022-12-30", 1, "2023-01-03")]
    // 2026-01-01..03 off, Sunday 01-04 worked.
    [InlineData("2025-12-31", 1, "2026-01-04")]
    [InlineData("2025-12-31", 2, "2026-01-05")]
    public void AddWorkingDays_AcrossYearBoundary_UsesNextYearsNotice(string start, int days, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddWorkingDays(startedOn, days);

        Assert.Equal(Day(due), deadline.DueOn);
        Assert.False(deadline.IsProvisional);
    }

    [Theory]
    [InlineData("2025-09-26", 15, "2025-10-23")]
    [InlineData("2025-09-26", 30, "2025-11-13")]
    [InlineData("2024-09-27", 15, "2024-10-23")]
    [InlineData("2026-02-10", 15, "2026-03-09")]
    [InlineData("2026-02-10", 30, "2026-03-30")]
    [InlineData("2024-02-01", 15, "2024-02-27")]
    [InlineData("2024-02-01", 30, "2024-03-19")]
    [InlineData("2025-03-03", 30, "2025-04-15")]
    public void AddWorkingDays_FifteenAndThirtyAcrossHolidays_MatchHandCount(string start, int days, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddWorkingDays(startedOn, days);

        Assert.Equal(Day(due), deadline.DueOn);
        Assert.False(deadline.IsProvisional);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3651)]
    public void AddWorkingDays_CountOutOfRange_Throws(int days)
    {
        var startedOn = Day("2025-09-30");

        Action act = () => _calendar.AddWorkingDays(startedOn, days);

        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Theory]
    [InlineData("2020-02-01", false)]
    [InlineData("2020-02-03", true)]
    [InlineData("2020-01-19", true)]
    [InlineData("2018-12-29", true)]
    [InlineData("2018-12-30", false)]
    [InlineData("2025-10-11", true)]
    [InlineData("2025-10-12", false)]
    [InlineData("2025-10-08", false)]
    [InlineData("2024-02-29", true)]
    [InlineData("2027-01-01", true)]
    [InlineData("2027-10-01", true)]
    public void IsWorkingDay_NoticeDays_MatchNotice(string date, bool expected)
    {
        var day = Day(date);

        var working = _calendar.IsWorkingDay(day);

        Assert.Equal(expected, working);
    }

    [Theory]
    [InlineData("2025-09-30", "2025-10-16", 7)]
    [InlineData("2025-09-30", "2025-10-08", 0)]
    [InlineData("2025-10-16", "2025-10-16", 0)]
    [InlineData("2024-02-09", "2024-02-18", 1)]
    [InlineData("2020-01-23", "2020-02-03", 1)]
    [InlineData("2018-12-28", "2019-01-02", 2)]
    [InlineData("2025-10-16", "2025-09-30", 0)]
    public void CountWorkingDays_HalfOpenRange_CountsWorkingDaysAfterStart(string after, string through, int expected)
    {
        var from = Day(after);

        var count = _calendar.CountWorkingDays(from, Day(through));

        Assert.Equal(expected, count);
    }

    [Theory]
    // Today counts while it is a working day; a holiday today does not.
    [InlineData("2025-09-30", "2025-10-16", 8)]
    [InlineData("2025-10-01", "2025-10-16", 7)]
    [InlineData("2025-10-15", "2025-10-16", 2)]
    [InlineData("2025-10-16", "2025-10-16", 1)]
    [InlineData("2025-10-12", "2025-10-13", 1)]
    // Overdue: working days past the due day, as a negative number.
    [InlineData("2025-10-17", "2025-10-16", -1)]
    [InlineData("2025-10-18", "2025-10-16", -1)]
    [InlineData("2025-10-20", "2025-10-16", -2)]
    [InlineData("2025-10-09", "2025-09-30", -1)]
    public void WorkingDaysRemaining_TodayAndDueDay_CountsHandCountedDays(string today, string due, int expected)
    {
        var todayOn = Day(today);

        var remaining = _calendar.WorkingDaysRemaining(todayOn, Day(due));

        Assert.Equal(expected, remaining);
    }
}
