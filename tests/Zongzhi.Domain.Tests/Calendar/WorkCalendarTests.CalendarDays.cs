using Xunit;
using Zongzhi.Domain.Calendar;
using static Zongzhi.Domain.Tests.Calendar.ShippedCalendar;

namespace Zongzhi.Domain.Tests.Calendar;

public sealed partial class WorkCalendarTests
{
    [Theory]
    [InlineData("2025-03-03", 10, "2025-03-13")]
    [InlineData("2024-02-28", 1, "2024-02-29")]
    [InlineData("2023-02-28", 1, "2023-03-01")]
    [InlineData("2024-01-30", 30, "2024-02-29")]
    [InlineData("2023-01-30", 30, "2023-03-01")]
    public void AddCalendarDays_LastDayWorking_EndsOnStartPlusN(string start, int days, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddCalendarDays(startedOn, days);

        Assert.Equal(Day(due), deadline.DueOn);
    }

    [Theory]
    // 2025-10-01..08 National Day and Mid-Autumn.
    [InlineData("2025-09-24", 7, "2025-10-09")]
    [InlineData("2025-10-01", 3, "2025-10-09")]
    // 2025-03-08 (Sat), 03-09 (Sun).
    [InlineData("2025-03-01", 7, "2025-03-10")]
    // 2018-12-30..2019-01-01 New Year holiday.
    [InlineData("2018-12-20", 10, "2019-01-02")]
    // 2020-02-01 would have been worked under the first notice; the extension runs to 02-02.
    [InlineData("2020-01-27", 5, "2020-02-03")]
    [InlineData("2020-01-19", 5, "2020-02-03")]
    public void AddCalendarDays_LastDayAtRest_MovesToNextWorkingDay(string start, int days, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddCalendarDays(startedOn, days);

        Assert.Equal(Day(due), deadline.DueOn);
        Assert.False(deadline.IsProvisional);
    }

    [Theory]
    // 2025-10-11 (Sat) worked.
    [InlineData("2025-10-04", 7, "2025-10-11")]
    // 2024-02-18 (Sun) worked after the Spring Festival.
    [InlineData("2024-02-08", 10, "2024-02-18")]
    [InlineData("2024-02-07", 10, "2024-02-18")]
    // 2018-12-29 (Sat) worked under the 2019 notice.
    [InlineData("2018-12-19", 10, "2018-12-29")]
    public void AddCalendarDays_MakeupWorkingDay_StopsTheMove(string start, int days, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddCalendarDays(startedOn, days);

        Assert.Equal(Day(due), deadline.DueOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-7)]
    [InlineData(3651)]
    public void AddCalendarDays_CountOutOfRange_Throws(int days)
    {
        var startedOn = Day("2025-03-03");

        Action act = () => _calendar.AddCalendarDays(startedOn, days);

        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Fact]
    public void AddCalendarDays_MaximumPeriod_IsAccepted()
    {
        var startedOn = Day("2010-01-04");

        var deadline = _calendar.AddCalendarDays(startedOn, Period.MaxDays);

        Assert.True(deadline.DueOn >= startedOn.AddDays(Period.MaxDays));
    }
}
