using Xunit;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.Assignments;

public sealed class RehandlingTests
{
    private static DateOnly NextMonday { get; } = Monday.AddDays(7);

    [Fact]
    public void OrderRehandling_WithoutDate_CountsTheComplexityPeriodFromToday()
    {
        var (matter, sheet) = ResultSubmitted();

        Ok(sheet.OrderRehandling(matter, SupervisionTrack.Center, Director, "结果不符合要求", null, At(NextMonday), NextMonday, WeekendsOnly, Rules));

        var round = sheet.CurrentRound!;
        Assert.Equal(2, round.RoundNumber);
        Assert.Equal(new DateOnly(2026, 3, 18), round.Deadline.DueOn);
        Assert.Equal(PeriodUnit.WorkingDays, round.Deadline.Unit);
        Assert.Equal(AssignmentSheetStatus.InHandling, sheet.Status);
        Assert.Equal(ReviewOutcome.RehandlingOrdered, sheet.Rounds[0].Outcome);
        Assert.Equal("结果不符合要求", sheet.Rounds[0].ReviewComment);
    }

    [Fact]
    public void OrderRehandling_WithDate_FixesTheNewDeadline()
    {
        var (matter, sheet) = ResultSubmitted();
        var dueOn = new DateOnly(2026, 3, 31);

        Ok(sheet.OrderRehandling(matter, SupervisionTrack.Center, Director, "当事人不满意", dueOn, At(NextMonday), NextMonday, WeekendsOnly, Rules));

        Assert.Equal(dueOn, sheet.CurrentRound!.Deadline.DueOn);
        Assert.Equal(dueOn, sheet.CurrentRound.Deadline.OriginalDueOn);
        Assert.Null(sheet.CurrentRound.Deadline.Unit);
    }

    [Fact]
    public void OrderRehandling_DateNotAfterToday_IsRefused()
    {
        var (matter, sheet) = ResultSubmitted();

        var result = sheet.OrderRehandling(matter, SupervisionTrack.Center, Director, "理由", NextMonday, At(NextMonday), NextMonday, WeekendsOnly, Rules);

        Assert.Equal("newDueOn", Refused<ValidationError>(result.Error).Field);
        Assert.Single(sheet.Rounds);
    }

    [Fact]
    public void OrderRehandling_WithoutReasons_IsRefused()
    {
        var (matter, sheet) = ResultSubmitted();

        var result = sheet.OrderRehandling(matter, SupervisionTrack.Center, Director, "", null, At(NextMonday), NextMonday, WeekendsOnly, Rules);

        Assert.Equal("reasons", Refused<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void OrderRehandling_BeforeAnyResult_IsConflict()
    {
        var (matter, sheet) = Received();

        var result = sheet.OrderRehandling(matter, SupervisionTrack.Center, Director, "理由", null, At(NextMonday), NextMonday, WeekendsOnly, Rules);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void OrderRehandling_ByBodyNotSupervising_IsForbidden()
    {
        var (matter, sheet) = ResultSubmitted();

        var result = sheet.OrderRehandling(matter, SupervisionTrack.PartyGovernmentOffice, OfficeStaff, "理由", null, At(NextMonday), NextMonday, WeekendsOnly, Rules);

        Refused<ForbiddenError>(result.Error);
    }

    [Fact]
    public void OrderRehandling_AfterAcceptanceWhenCallbackUnsatisfied_ReopensAndBlocksClosure()
    {
        var (matter, sheet) = ResultAccepted();
        Ok(matter.RecordCallback(Director, CallbackMethod.Phone, Satisfaction.Unsatisfied, "仍不满意", At(NextMonday), NextMonday));

        Ok(sheet.OrderRehandling(matter, SupervisionTrack.Center, Director, "回访不满意", null, At(NextMonday), NextMonday, WeekendsOnly, Rules));

        Assert.Null(matter.ResultAcceptedAt);
        Assert.Equal(ReviewOutcome.Accepted, sheet.Rounds[0].Outcome);
        Assert.Equal(2, sheet.Rounds.Count);
        Refused<ConflictError>(matter.Close(SupervisionTrack.Center, Director, At(NextMonday), NextMonday).Error);
    }

    [Fact]
    public void OrderRehandling_AfterClosure_IsConflict()
    {
        var (matter, sheet) = ResultAccepted();
        Ok(matter.RecordCallback(Director, CallbackMethod.Phone, Satisfaction.Satisfied, null, At(NextMonday), NextMonday));
        Ok(matter.Close(SupervisionTrack.Center, Director, At(NextMonday), NextMonday));

        var result = sheet.OrderRehandling(matter, SupervisionTrack.Center, Director, "理由", null, At(NextMonday), NextMonday, WeekendsOnly, Rules);

        Refused<ConflictError>(result.Error);
    }
}
