using Xunit;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.Assignments;

/// <summary>
/// The supervision board finds 待签收 and 办理中 sheets by their open deadlines, not by their status (BoardQuery): the signing
/// deadline is open exactly while the sheet awaits receipt, and one round's deadline exactly while it is in handling.
/// </summary>
public sealed class OpenDeadlineInvariantTests
{
    [Fact]
    public void OpenDeadlines_FollowTheSheetsStatus_ThroughEveryTransition()
    {
        var (matter, sheet) = Assigned();
        AssertFollows(sheet);

        Ok(sheet.Receive(matter, Handler, HandlingDepartment, At(Monday), Monday, WeekendsOnly, Rules));
        AssertFollows(sheet);

        var day = Monday.AddDays(3);
        Ok(sheet.SubmitResult(matter, Handler, HandlingDepartment, "现场勘查并组织双方调解", "已告知当事人调解结果", Satisfaction.Satisfied, At(day), day));
        AssertFollows(sheet);

        day = Monday.AddDays(7);
        Ok(sheet.OrderRehandling(matter, SupervisionTrack.Center, Director, "结果不符合要求", null, At(day), day, WeekendsOnly, Rules));
        AssertFollows(sheet);

        day = Monday.AddDays(9);
        Ok(sheet.SubmitResult(matter, Handler, HandlingDepartment, "再次调解", "已再次答复当事人", Satisfaction.Satisfied, At(day), day));
        AssertFollows(sheet);

        Ok(sheet.AcceptResult(matter, SupervisionTrack.Center, Director, null, At(day)));
        AssertFollows(sheet);

        day = Monday.AddDays(10);
        Ok(matter.RecordCallback(Director, CallbackMethod.Phone, Satisfaction.Unsatisfied, "仍不满意", At(day), day));
        Ok(sheet.OrderRehandling(matter, SupervisionTrack.Center, Director, "回访不满意", null, At(day), day, WeekendsOnly, Rules));
        AssertFollows(sheet);
        Assert.Equal(3, sheet.Rounds.Count);
    }

    private static void AssertFollows(AssignmentSheet sheet)
    {
        Assert.Equal(sheet.Status == AssignmentSheetStatus.AwaitingReceipt, sheet.SigningDeadline.MetOn is null);
        Assert.Equal(sheet.Status == AssignmentSheetStatus.InHandling ? 1 : 0, sheet.Rounds.Count(r => r.Deadline.MetOn is null));
    }
}
