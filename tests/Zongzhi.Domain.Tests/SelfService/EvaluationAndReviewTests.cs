using Xunit;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.SelfService;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using Zongzhi.Domain.Tests.Matters;

namespace Zongzhi.Domain.Tests.SelfService;

public sealed class EvaluationAndReviewTests
{
    private static readonly DateTime Now = new(2026, 3, 20, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Only_a_closed_matter_can_be_rated()
    {
        var refused = MatterEvaluation.Rate(1, MatterStatus.Assigned, Satisfaction.Satisfied, null, Now, DateOnly.FromDateTime(Now));

        Assert.IsType<ConflictError>(refused.Error);
        Assert.True(MatterEvaluation.Rate(1, MatterStatus.Closed, Satisfaction.Satisfied, null, Now, DateOnly.FromDateTime(Now)).IsSuccess);
        Assert.True(MatterEvaluation.Rate(1, MatterStatus.Archived, Satisfaction.Satisfied, null, Now, DateOnly.FromDateTime(Now)).IsSuccess);
    }

    [Fact]
    public void A_rating_may_be_changed_within_seven_days_and_not_after()
    {
        var evaluation = Given.Ok(MatterEvaluation.Rate(1, MatterStatus.Closed, Satisfaction.Satisfied, "好", Now, DateOnly.FromDateTime(Now)));

        Assert.True(evaluation.Change(MatterStatus.Closed, Satisfaction.Unsatisfied, "后来又出问题了", Now.AddDays(7)).IsSuccess);
        Assert.Equal(Satisfaction.Unsatisfied, evaluation.Rating);
        Assert.Equal(Now, evaluation.RatedAt);

        var late = evaluation.Change(MatterStatus.Closed, Satisfaction.Satisfied, null, Now.AddDays(7).AddMinutes(1));
        Assert.IsType<ConflictError>(late.Error);
        Assert.Equal(Satisfaction.Unsatisfied, evaluation.Rating);
    }

    [Fact]
    public void An_over_long_comment_is_refused_not_cut()
    {
        var refused = MatterEvaluation.Rate(1, MatterStatus.Closed, Satisfaction.Satisfied, new string('长', 501), Now, DateOnly.FromDateTime(Now));

        Assert.Equal("comment", Assert.IsType<ValidationError>(refused.Error).Field);
    }

    [Fact]
    public void Only_the_supervising_body_concludes_a_review_and_only_once()
    {
        var review = SatisfactionReview.Open(1, SupervisionTrack.Center, Now);

        Assert.IsType<ForbiddenError>(review.Conclude(SupervisionTrack.PartyGovernmentOffice, SatisfactionReviewOutcome.Upheld, "已依法处理", "office", Now).Error);
        Assert.IsType<ValidationError>(review.Conclude(SupervisionTrack.Center, SatisfactionReviewOutcome.Upheld, " ", "director", Now).Error);
        Assert.True(review.Conclude(SupervisionTrack.Center, SatisfactionReviewOutcome.Upheld, "处理符合政策，已向当事人解释。", "director", Now).IsSuccess);
        Assert.False(review.IsOpen);
        Assert.IsType<ConflictError>(review.Conclude(SupervisionTrack.Center, SatisfactionReviewOutcome.RehandlingOrdered, "再办", "director", Now).Error);
    }

    [Fact]
    public void A_closed_matter_reopens_for_rehandling_on_its_sheet_but_an_archived_one_does_not()
    {
        var (matter, sheet) = Given.ResultAccepted();
        var day = Given.Monday.AddDays(7);
        Given.Ok(matter.RecordCallback(Given.Director, CallbackMethod.Phone, Satisfaction.Satisfied, null, Given.At(day), day));
        Given.Ok(matter.Close(SupervisionTrack.Center, Given.Director, Given.At(day), day));
        var later = day.AddDays(3);

        Assert.IsType<ForbiddenError>(matter.ReopenForRehandling(SupervisionTrack.PartyGovernmentOffice, Given.OfficeStaff, "不满意", Given.At(later)).Error);
        Given.Ok(matter.ReopenForRehandling(SupervisionTrack.Center, Given.Director, "当事人不满意", Given.At(later)));
        Given.Ok(sheet.OrderRehandling(matter, SupervisionTrack.Center, Given.Director, "当事人不满意，重新调处", null, Given.At(later), later, Given.WeekendsOnly, Given.Rules));

        Assert.Equal(MatterStatus.Assigned, matter.Status);
        Assert.Null(matter.ClosedAt);
        Assert.Equal(2, sheet.CurrentRound!.RoundNumber);
        Assert.Contains(matter.Events, e => e.Kind == MatterEventKind.Reopened);
        Assert.IsType<MatterArchived>(Given.Archived().ReopenForRehandling(SupervisionTrack.Center, Given.Director, "不满意", Given.At(later)).Error);
    }
}
