using Xunit;
using Zongzhi.Domain.Calendar;
using static Zongzhi.Domain.Tests.Calendar.ShippedCalendar;

namespace Zongzhi.Domain.Tests.Calendar;

public sealed partial class WorkCalendarTests
{
    [Fact]
    public void AddMonths_LeaderCaseEndingOnNationalDay_MovesToFirstWorkingDayAfter()
    {
        var takenOn = Day("2025-09-01");

        var deadline = _calendar.AddMonths(takenOn, 1);

        Assert.Equal(Day("2025-10-09"), deadline.DueOn);
        Assert.False(deadline.IsProvisional);
    }

    [Fact]
    public void AddMonths_NoCorrespondingDay_EndsOnMonthsLastDay()
    {
        var takenOn = Day("2025-01-31");

        var deadline = _calendar.AddMonths(takenOn, 1);

        Assert.Equal(Day("2025-02-28"), deadline.DueOn);
    }

    [Theory]
    // Literal corresponding day from a month end (SPEC: Feb 28 + 1 month = Mar 28).
    [InlineData("2025-02-28", 1, "2025-03-28")]
    [InlineData("2023-02-28", 1, "2023-03-28")]
    [InlineData("2024-02-29", 1, "2024-03-29")]
    [InlineData("2024-03-31", 1, "2024-04-30")]
    [InlineData("2024-08-31", 1, "2024-09-30")]
    [InlineData("2025-01-31", 3, "2025-04-30")]
    public void AddMonths_FromMonthEnd_TakesCorrespondingDayOrLastDay(string start, int months, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddMonths(startedOn, months);

        Assert.Equal(Day(due), deadline.DueOn);
    }

    [Theory]
    [InlineData("2024-01-31", 1, "2024-02-29")]
    [InlineData("2008-01-31", 1, "2008-02-29")]
    [InlineData("2023-01-31", 1, "2023-02-28")]
    [InlineData("2024-02-29", 12, "2025-02-28")]
    public void AddMonths_IntoFebruary_RespectsLeapYears(string start, int months, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddMonths(startedOn, months);

        Assert.Equal(Day(due), deadline.DueOn);
    }

    [Theory]
    // 2025-02-15 is a plain Saturday (only 02-08 was worked).
    [InlineData("2025-01-15", 1, "2025-02-17")]
    // 2026-02-15..23 Spring Festival.
    [InlineData("2026-01-16", 1, "2026-02-24")]
    // 2025-11-01 (Sat), 11-02 (Sun).
    [InlineData("2025-10-01", 1, "2025-11-03")]
    // 2024-06-30 (Sun) moves into July.
    [InlineData("2024-05-31", 1, "2024-07-01")]
    // 2018-12-30, 12-31 and 2019-01-01 are the New Year holiday of the 2019 notice.
    [InlineData("2018-11-30", 1, "2019-01-02")]
    public void AddMonths_LastDayAtRest_MovesToNextWorkingDay(string start, int months, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddMonths(startedOn, months);

        Assert.Equal(Day(due), deadline.DueOn);
        Assert.False(deadline.IsProvisional);
    }

    [Theory]
    // 2018-12-29 (Sat) is worked under the 2019 notice.
    [InlineData("2018-11-29", 1, "2018-12-29")]
    // 2026-02-31 does not exist; 2026-02-28 (Sat) is worked after the Spring Festival.
    [InlineData("2025-12-31", 2, "2026-02-28")]
    // 2025-10-11 (Sat) is worked after National Day.
    [InlineData("2025-09-11", 1, "2025-10-11")]
    public void AddMonths_LastDayIsMakeupWorkingDay_DoesNotMove(string start, int months, string due)
    {
        var startedOn = Day(start);

        var deadline = _calendar.AddMonths(startedOn, months);

        Assert.Equal(Day(due), deadline.DueOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(121)]
    public void AddMonths_CountOutOfRange_Throws(int months)
    {
        var startedOn = Day("2025-09-01");

        Action act = () => _calendar.AddMonths(startedOn, months);

        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Fact]
    public void Add_MonthPeriod_SameAsAddMonths()
    {
        var takenOn = Day("2025-09-01");

        var deadline = _calendar.Add(takenOn, Period.Months(1));

        Assert.Equal(_calendar.AddMonths(takenOn, 1), deadline);
    }
}
