using Xunit;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using static Zongzhi.Domain.Tests.Calendar.ShippedCalendar;

namespace Zongzhi.Domain.Tests.Calendar;

public sealed class DeadlineRulesTests
{
    [Fact]
    public void Default_Regulation_Is7_15_30WorkingDaysAndOneMonth()
    {
        var rules = DeadlineRules.Default;

        Assert.Equal(Period.WorkingDays(7), rules.HandlingPeriod(Complexity.General));
        Assert.Equal(Period.WorkingDays(15), rules.HandlingPeriod(Complexity.Complex));
        Assert.Equal(Period.WorkingDays(30), rules.HandlingPeriod(Complexity.EspeciallyComplex));
        Assert.Equal(Period.Months(1), rules.LeaderCasePeriod);
        Assert.Empty(rules.Validate());
    }

    [Theory]
    [InlineData(Complexity.General, "2025-09-30", "2025-10-16")]
    [InlineData(Complexity.Complex, "2025-09-26", "2025-10-23")]
    [InlineData(Complexity.EspeciallyComplex, "2025-09-26", "2025-11-13")]
    [InlineData(Complexity.Complex, "2026-02-10", "2026-03-09")]
    [InlineData(Complexity.EspeciallyComplex, "2024-02-01", "2024-03-19")]
    public void HandlingPeriod_DefaultRules_DueOnMatchesHandCount(Complexity complexity, string receivedOn, string due)
    {
        var period = DeadlineRules.Default.HandlingPeriod(complexity);

        var deadline = ShippedCalendar.Instance.Add(Day(receivedOn), period);

        Assert.Equal(Day(due), deadline.DueOn);
    }

    [Fact]
    public void LeaderCasePeriod_DefaultRules_EndsAfterNationalDay()
    {
        var period = DeadlineRules.Default.LeaderCasePeriod;

        var deadline = ShippedCalendar.Instance.Add(Day("2025-09-01"), period);

        Assert.Equal(Day("2025-10-09"), deadline.DueOn);
    }

    [Fact]
    public void HandlingPeriod_TownRules_UsesConfiguredNumbers()
    {
        var rules = new DeadlineRules(GeneralDays: 5, ComplexDays: 10, EspeciallyComplexDays: 20, LeaderCaseMonths: 2);

        var period = rules.HandlingPeriod(Complexity.Complex);

        Assert.Equal(Period.WorkingDays(10), period);
        Assert.Equal(Period.Months(2), rules.LeaderCasePeriod);
        Assert.Empty(rules.Validate());
    }

    [Fact]
    public void Validate_OutOfRangeSettings_NamesEachOne()
    {
        var rules = new DeadlineRules(
            GeneralDays: 0,
            ComplexDays: -1,
            EspeciallyComplexDays: 3651,
            LeaderCaseMonths: 121,
            DueSoonWorkingDays: 31,
            UnsignedChaseWorkingDays: 0);

        var errors = rules.Validate();

        Assert.Equal(
            [
                nameof(DeadlineRules.GeneralDays),
                nameof(DeadlineRules.ComplexDays),
                nameof(DeadlineRules.EspeciallyComplexDays),
                nameof(DeadlineRules.LeaderCaseMonths),
                nameof(DeadlineRules.DueSoonWorkingDays),
                nameof(DeadlineRules.UnsignedChaseWorkingDays),
            ],
            errors);
    }

    [Fact]
    public void Validate_Limits_AreAccepted()
    {
        var rules = new DeadlineRules(1, 3650, 3650, 120, 0, 30);

        var errors = rules.Validate();

        Assert.Empty(errors);
    }

    [Fact]
    public void HandlingPeriod_ZeroDays_Throws()
    {
        var rules = new DeadlineRules(GeneralDays: 0);

        Action act = () => rules.HandlingPeriod(Complexity.General);

        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Theory]
    [InlineData(PeriodUnit.WorkingDays, 0)]
    [InlineData(PeriodUnit.WorkingDays, -1)]
    [InlineData(PeriodUnit.WorkingDays, 3651)]
    [InlineData(PeriodUnit.CalendarDays, 0)]
    [InlineData(PeriodUnit.CalendarDays, 3651)]
    [InlineData(PeriodUnit.Months, 0)]
    [InlineData(PeriodUnit.Months, -3)]
    [InlineData(PeriodUnit.Months, 121)]
    public void PeriodCreate_CountOutOfRange_Throws(PeriodUnit unit, int count)
    {
        var valid = Period.IsValidCount(unit, count);

        Action act = () => Period.Create(unit, count);

        Assert.False(valid);
        var exception = Assert.Throws<ArgumentOutOfRangeException>(act);
        Assert.Equal("count", exception.ParamName);
    }

    [Theory]
    [InlineData(PeriodUnit.WorkingDays, 1)]
    [InlineData(PeriodUnit.WorkingDays, 3650)]
    [InlineData(PeriodUnit.CalendarDays, 3650)]
    [InlineData(PeriodUnit.Months, 1)]
    [InlineData(PeriodUnit.Months, 120)]
    public void PeriodCreate_CountInRange_KeepsUnitAndCount(PeriodUnit unit, int count)
    {
        var period = Period.Create(unit, count);

        Assert.Equal(unit, period.Unit);
        Assert.Equal(count, period.Count);
    }
}
