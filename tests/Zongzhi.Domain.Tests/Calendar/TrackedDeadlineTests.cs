using Xunit;
using Zongzhi.Domain.Calendar;
using static Zongzhi.Domain.Tests.Calendar.ShippedCalendar;

namespace Zongzhi.Domain.Tests.Calendar;

public sealed class TrackedDeadlineTests
{
    private readonly WorkCalendar _calendar = ShippedCalendar.Instance;

    [Fact]
    public void Start_SevenWorkingDays_ComputesDueOnFromCalendar()
    {
        var receivedOn = Day("2025-09-30");

        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 42, receivedOn, Period.WorkingDays(7), _calendar);

        Assert.Equal(DeadlineSubject.AssignmentRound, deadline.Subject);
        Assert.Equal(42, deadline.MatterId);
        Assert.Equal(receivedOn, deadline.StartedOn);
        Assert.Equal(PeriodUnit.WorkingDays, deadline.Unit);
        Assert.Equal(7, deadline.Count);
        Assert.Equal(Day("2025-10-16"), deadline.DueOn);
        Assert.Equal(Day("2025-10-16"), deadline.OriginalDueOn);
        Assert.False(deadline.IsProvisional);
        Assert.False(deadline.IsExtended);
        Assert.True(deadline.IsOpen);
        Assert.Equal(_calendar.Version, deadline.CalendarVersion);
    }

    [Fact]
    public void Start_LeaderCaseMonth_EndsAfterNationalDay()
    {
        var takenOn = Day("2025-09-01");

        var deadline = TrackedDeadline.Start(DeadlineSubject.LeaderCase, 7, takenOn, Period.Months(1), _calendar);

        Assert.Equal(Day("2025-10-09"), deadline.DueOn);
        Assert.Equal(new Deadline(Day("2025-10-09"), false, _calendar.Version), deadline.Current);
    }

    [Fact]
    public void Start_ReachingUnpublished2027_IsProvisional()
    {
        var receivedOn = Day("2026-12-30");

        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, receivedOn, Period.WorkingDays(7), _calendar);

        Assert.Equal(Day("2027-01-08"), deadline.DueOn);
        Assert.True(deadline.IsProvisional);
    }

    [Fact]
    public void Fixed_DecidedDate_KeepsDateAndIsSettled()
    {
        var dueOn = Day("2027-01-08");

        var deadline = TrackedDeadline.Fixed(DeadlineSubject.MaterialsRequest, null, Day("2026-12-30"), dueOn, _calendar);

        Assert.Equal(dueOn, deadline.DueOn);
        Assert.Equal(dueOn, deadline.OriginalDueOn);
        Assert.Null(deadline.Unit);
        Assert.Equal(0, deadline.Count);
        Assert.False(deadline.IsProvisional);
    }

    [Fact]
    public void Extend_ApprovedExtension_KeepsOriginalDueOn()
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2025-09-30"), Period.WorkingDays(7), _calendar);

        deadline.Extend(Day("2025-10-31"));

        Assert.Equal(Day("2025-10-31"), deadline.DueOn);
        Assert.Equal(Day("2025-10-16"), deadline.OriginalDueOn);
        Assert.True(deadline.IsExtended);
    }

    [Fact]
    public void Extend_ProvisionalDeadline_BecomesSettledDecision()
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2026-12-30"), Period.WorkingDays(7), _calendar);

        deadline.Extend(Day("2027-01-29"));

        Assert.False(deadline.IsProvisional);
        Assert.Equal(Day("2027-01-08"), deadline.OriginalDueOn);
    }

    [Fact]
    public void Recompute_2027NoticeLoaded_MovesProvisionalDeadlineAndReturnsPrevious()
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2026-12-30"), Period.WorkingDays(7), _calendar);
        var with2027 = With2027();

        var previous = deadline.Recompute(with2027);

        Assert.Equal(new Deadline(Day("2027-01-08"), true, _calendar.Version), previous);
        Assert.Equal(Day("2027-01-11"), deadline.DueOn);
        Assert.Equal(Day("2027-01-11"), deadline.OriginalDueOn);
        Assert.False(deadline.IsProvisional);
        Assert.Equal(with2027.Version, deadline.CalendarVersion);
    }

    [Fact]
    public void Recompute_2027NoticeLoaded_SameDaySettledStillReturnsPrevious()
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2026-11-20"), Period.WorkingDays(7), _calendar);

        var previous = deadline.Recompute(With2027());

        Assert.Equal(new Deadline(Day("2026-12-01"), true, _calendar.Version), previous);
        Assert.Equal(Day("2026-12-01"), deadline.DueOn);
        Assert.False(deadline.IsProvisional);
    }

    [Fact]
    public void Recompute_SecondTime_ReturnsNull()
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2026-12-30"), Period.WorkingDays(7), _calendar);
        var with2027 = With2027();
        deadline.Recompute(with2027);

        var previous = deadline.Recompute(with2027);

        Assert.Null(previous);
        Assert.Equal(Day("2027-01-11"), deadline.DueOn);
    }

    [Fact]
    public void Recompute_UnchangedDeadline_ReturnsNullAndTakesNewVersion()
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2025-09-30"), Period.WorkingDays(7), _calendar);
        var with2027 = With2027();

        var previous = deadline.Recompute(with2027);

        Assert.Null(previous);
        Assert.Equal(Day("2025-10-16"), deadline.DueOn);
        Assert.Equal(with2027.Version, deadline.CalendarVersion);
    }

    [Fact]
    public void Recompute_LocalClosureLoaded_MovesSettledDeadline()
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2025-09-30"), Period.WorkingDays(7), _calendar);
        var closed = With(overrides: [new LocalOverride(Day("2025-10-09"), LocalOverrideKind.EmergencyClosure, "台风停止办公")]);

        var previous = deadline.Recompute(closed);

        Assert.Equal(Day("2025-10-16"), previous?.DueOn);
        Assert.Equal(Day("2025-10-17"), deadline.DueOn);
    }

    [Fact]
    public void Recompute_ExtendedDeadline_IsNotRecomputed()
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2026-12-30"), Period.WorkingDays(7), _calendar);
        deadline.Extend(Day("2027-01-29"));

        var previous = deadline.Recompute(With2027());

        Assert.Null(previous);
        Assert.Equal(Day("2027-01-29"), deadline.DueOn);
        Assert.Equal(Day("2027-01-08"), deadline.OriginalDueOn);
    }

    [Fact]
    public void Recompute_FixedDeadline_IsNotRecomputed()
    {
        var deadline = TrackedDeadline.Fixed(DeadlineSubject.MaterialsRequest, null, Day("2026-12-30"), Day("2027-01-08"), _calendar);

        var previous = deadline.Recompute(With2027());

        Assert.Null(previous);
        Assert.Equal(Day("2027-01-08"), deadline.DueOn);
        Assert.Equal(_calendar.Version, deadline.CalendarVersion);
    }

    [Fact]
    public void Recompute_MetDeadline_IsNotRecomputed()
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2026-12-30"), Period.WorkingDays(7), _calendar);
        deadline.Meet(Day("2027-01-05"));

        var previous = deadline.Recompute(With2027());

        Assert.Null(previous);
        Assert.Equal(Day("2027-01-08"), deadline.DueOn);
    }

    [Theory]
    [InlineData("2025-10-10", true)]
    [InlineData("2025-10-16", true)]
    [InlineData("2025-10-17", false)]
    public void Meet_OnDay_WasMetOnTimeAgainstOriginal(string metOn, bool onTime)
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2025-09-30"), Period.WorkingDays(7), _calendar);

        deadline.Meet(Day(metOn));

        Assert.False(deadline.IsOpen);
        Assert.Equal(Day(metOn), deadline.MetOn);
        Assert.Equal(onTime, deadline.WasMetOnTime);
    }

    [Fact]
    public void Meet_AfterExtension_NotOnTimeAgainstOriginal()
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2025-09-30"), Period.WorkingDays(7), _calendar);
        deadline.Extend(Day("2025-10-31"));

        deadline.Meet(Day("2025-10-20"));

        Assert.False(deadline.WasMetOnTime);
        Assert.False(deadline.IsOverdueOn(Day("2025-11-03")));
    }

    [Fact]
    public void Meet_Twice_KeepsFirstDay()
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2025-09-30"), Period.WorkingDays(7), _calendar);
        deadline.Meet(Day("2025-10-15"));

        deadline.Meet(Day("2025-10-20"));

        Assert.Equal(Day("2025-10-15"), deadline.MetOn);
        Assert.True(deadline.WasMetOnTime);
    }

    [Fact]
    public void WasMetOnTime_WhileOpen_IsFalse()
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2025-09-30"), Period.WorkingDays(7), _calendar);

        var onTime = deadline.WasMetOnTime;

        Assert.False(onTime);
    }

    [Fact]
    public void Meet_RecomputedDeadline_OnTimeAgainstCorrectedDay()
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2026-12-30"), Period.WorkingDays(7), _calendar);
        deadline.Recompute(With2027());

        deadline.Meet(Day("2027-01-11"));

        Assert.True(deadline.WasMetOnTime);
    }

    [Theory]
    [InlineData("2025-10-16", false)]
    [InlineData("2025-10-17", true)]
    public void IsOverdueOn_OpenDeadline_OverdueFromDayAfterDueOn(string today, bool overdue)
    {
        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, 1, Day("2025-09-30"), Period.WorkingDays(7), _calendar);

        var isOverdue = deadline.IsOverdueOn(Day(today));

        Assert.Equal(overdue, isOverdue);
        Assert.Equal(overdue, deadline.Current.IsOverdueOn(Day(today)));
    }
}
