using Xunit;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.Assignments;

/// <summary>The whole life of a matter under the supervision system, on a weekends-only calendar.</summary>
public sealed class AssignmentWalkTests
{
    private static DateOnly Tuesday { get; } = Monday.AddDays(1);

    [Fact]
    public void Walk_RegisterToArchive_EveryStepRecordedAndEveryRoundKept()
    {
        var matter = Registered();
        Ok(matter.Accept(Director, Complexity.General, SupervisionTrack.Center, At(Monday)));
        var sheet = Ok(matter.Assign(Director, "JB-2026-000001", HandlingDepartment, [CoHandlingDepartment], "请调处并答复", At(Monday), Monday, WeekendsOnly, Rules));
        Ok(sheet.Receive(matter, Handler, HandlingDepartment, At(Tuesday), Tuesday, WeekendsOnly, Rules));
        Ok(sheet.AddProgressNote(matter, Handler, HandlingDepartment, "已约双方现场查看", At(Day(4))));
        Ok(sheet.SubmitResult(matter, Handler, HandlingDepartment, "组织调解一次", "已电话答复", Satisfaction.Unsatisfied, At(Day(6)), Day(6)));
        Ok(sheet.OrderRehandling(matter, SupervisionTrack.Center, Director, "当事人不满意，请再次调解", Day(20), At(Day(9)), Day(9), WeekendsOnly, Rules));
        Ok(sheet.AddProgressNote(matter, "co-handler", CoHandlingDepartment, "协办部门测量了违建高度", At(Day(12))));
        Ok(sheet.SubmitResult(matter, Handler, HandlingDepartment, "邻居拆除违建部分", "已上门答复", Satisfaction.Satisfied, At(Day(19)), Day(19)));
        Ok(sheet.AcceptResult(matter, SupervisionTrack.Center, Director, "同意", At(Day(20))));
        Ok(matter.RecordCallback(Director, CallbackMethod.Phone, Satisfaction.Satisfied, "当事人表示满意", At(Day(23)), Day(23)));
        Ok(matter.Close(SupervisionTrack.Center, Director, At(Day(23)), Day(23)));

        Ok(matter.Archive(Director, "DA-2026-000001", ["登记表", "交办单", "办理结果两份", "回访记录"], At(Day(24))));

        Assert.Equal(MatterStatus.Archived, matter.Status);
        Assert.Equal(Day(23), matter.ClosedOn);
        Assert.Equal(AssignmentSheetStatus.ResultAccepted, sheet.Status);
        Assert.Equal(Tuesday, sheet.ReceivedOn);
        Assert.Equal(Handler, sheet.HandlerUserId);
        Assert.Equal(Tuesday, sheet.SigningDeadline.MetOn);
        Assert.Equal(2, sheet.Rounds.Count);
        var first = sheet.Rounds[0];
        Assert.Equal(Day(12), first.Deadline.DueOn);
        Assert.True(first.WasOnTime);
        Assert.Equal(ReviewOutcome.RehandlingOrdered, first.Outcome);
        Assert.Equal(Satisfaction.Unsatisfied, first.Result!.PartySatisfaction);
        var second = sheet.Rounds[1];
        Assert.Equal(2, second.RoundNumber);
        Assert.Equal("当事人不满意，请再次调解", second.RehandlingReasons);
        Assert.Equal(Day(20), second.Deadline.DueOn);
        Assert.True(second.WasOnTime);
        Assert.Equal(ReviewOutcome.Accepted, second.Outcome);
        Assert.Single(second.ProgressNotes);
        Assert.Equal(
            [
                MatterEventKind.Registered, MatterEventKind.Accepted, MatterEventKind.Assigned, MatterEventKind.SheetReceived,
                MatterEventKind.ProgressNoted, MatterEventKind.ResultSubmitted, MatterEventKind.RehandlingOrdered,
                MatterEventKind.ProgressNoted, MatterEventKind.ResultSubmitted, MatterEventKind.ResultAccepted,
                MatterEventKind.CallbackRecorded, MatterEventKind.Closed, MatterEventKind.Archived,
            ],
            matter.Events.Select(e => e.Kind));
        Assert.Contains("2026-03-12", matter.Events[3].Summary, StringComparison.Ordinal);
        Assert.Equal(Handler, matter.Events[3].ActorUserId);
        Assert.Equal(At(Tuesday), matter.Events[3].At);
    }

    [Fact]
    public void SheetAndSupervision_AfterArchive_RefuseAsReadOnly()
    {
        var sheet = ArchivedWithSheet(out var matter);
        var events = matter.Events.Count;

        var note = sheet.AddProgressNote(matter, Handler, HandlingDepartment, "补记", At(Day(30)));
        var rehandling = sheet.OrderRehandling(matter, SupervisionTrack.Center, Director, "再办", null, At(Day(30)), Day(30), WeekendsOnly, Rules);
        var reminder = Reminder.Send(matter, sheet, SupervisionTrack.Center, Director, "请尽快办理", At(Day(30)));
        var materials = MaterialsRequest.Issue(matter, SupervisionTrack.Center, Director, HandlingDepartment, "调解笔录", Day(31), At(Day(30)), Day(30), WeekendsOnly);

        Assert.IsType<MatterArchived>(note.Error);
        Assert.IsType<MatterArchived>(rehandling.Error);
        Assert.IsType<MatterArchived>(reminder.Error);
        Assert.IsType<MatterArchived>(materials.Error);
        Assert.Equal(events, matter.Events.Count);
    }

    private static AssignmentSheet ArchivedWithSheet(out Matter matter)
    {
        (matter, var sheet) = ResultAccepted();
        Ok(matter.RecordCallback(Director, CallbackMethod.Phone, Satisfaction.Satisfied, null, At(Day(10)), Day(10)));
        Ok(matter.Close(SupervisionTrack.Center, Director, At(Day(10)), Day(10)));
        Ok(matter.Archive(Director, "DA-1", ["交办单"], At(Day(11))));
        return sheet;
    }

    private static DateOnly Day(int dayOfMarch) => new(2026, 3, dayOfMarch);
}
