using Xunit;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.Assignments;

public sealed class AssignmentSheetTests
{
    [Fact]
    public void Assign_AcceptedMatter_IssuesSheetAwaitingReceiptWithSigningChase()
    {
        var matter = Accepted();

        var sheet = Ok(matter.Assign(Director, "JB-2026-000009", HandlingDepartment, [CoHandlingDepartment], "要求", At(Monday), Monday, WeekendsOnly, Rules));

        Assert.Equal(MatterStatus.Assigned, matter.Status);
        Assert.Equal(AssignmentSheetStatus.AwaitingReceipt, sheet.Status);
        Assert.Equal(SupervisionTrack.Center, sheet.SupervisingBody);
        Assert.Equal([CoHandlingDepartment], sheet.CoHandlingDepartmentIds);
        Assert.Equal(DeadlineSubject.Signing, sheet.SigningDeadline.Subject);
        Assert.Equal(Monday.AddDays(1), sheet.SigningDeadline.DueOn);
        Assert.Null(sheet.CurrentRound);
    }

    [Fact]
    public void Assign_OnFriday_SigningChaseSkipsTheWeekend()
    {
        var matter = Accepted();
        var friday = Monday.AddDays(4);

        var sheet = Ok(matter.Assign(Director, "JB-1", HandlingDepartment, [], "要求", At(friday), friday, WeekendsOnly, Rules));

        Assert.Equal(Monday.AddDays(7), sheet.SigningDeadline.DueOn);
    }

    [Theory]
    [InlineData(Complexity.General, "2026-03-05", "2026-03-16")]
    [InlineData(Complexity.Complex, "2026-03-05", "2026-03-26")]
    [InlineData(Complexity.EspeciallyComplex, "2026-03-05", "2026-04-16")]
    [InlineData(Complexity.General, "2026-03-07", "2026-03-17")]
    public void Receive_CountsFromTheReceiveDayNotTheIssueDay(Complexity complexity, string receivedOn, string dueOn)
    {
        var (matter, sheet) = Assigned(complexity);
        var day = DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture);

        Ok(sheet.Receive(matter, Handler, HandlingDepartment, At(day), day, WeekendsOnly, Rules));

        var round = Assert.Single(sheet.Rounds);
        Assert.Equal(DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture), round.Deadline.DueOn);
        Assert.Equal(DeadlineSubject.AssignmentRound, round.Deadline.Subject);
        Assert.Equal(day, round.StartedOn);
        Assert.Equal(AssignmentSheetStatus.InHandling, sheet.Status);
    }

    [Fact]
    public void Receive_AcrossHolidayWithMakeupSaturday_SkipsHolidayCountsSaturday()
    {
        var calendar = WorkCalendar.From(
        [
            new HolidaySchedule(2026, ["test notice"],
            [
                new NoticeDay(new DateOnly(2026, 3, 4), NoticeDayKind.Holiday, "测试假日"),
                new NoticeDay(new DateOnly(2026, 3, 5), NoticeDayKind.Holiday, "测试假日"),
                new NoticeDay(new DateOnly(2026, 3, 7), NoticeDayKind.MakeupWorkingDay, "测试假日"),
            ]),
        ]);
        var (matter, sheet) = Assigned();

        Ok(sheet.Receive(matter, Handler, HandlingDepartment, At(Monday), Monday, calendar, Rules));

        Assert.Equal(new DateOnly(2026, 3, 12), sheet.CurrentRound!.Deadline.DueOn);
        Assert.False(sheet.CurrentRound.Deadline.IsProvisional);
        Assert.Equal(calendar.Version, sheet.CurrentRound.Deadline.CalendarVersion);
    }

    [Fact]
    public void Receive_UnpublishedYear_DeadlineIsProvisional()
    {
        var (matter, sheet) = Assigned();

        Ok(sheet.Receive(matter, Handler, HandlingDepartment, At(Monday), Monday, WeekendsOnly, Rules));

        Assert.True(sheet.CurrentRound!.Deadline.IsProvisional);
        Assert.Contains("暂定", matter.Events[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Receive_ByAnotherDepartment_IsForbidden()
    {
        var (matter, sheet) = Assigned();

        var result = sheet.Receive(matter, "someone", OtherDepartment, At(Monday), Monday, WeekendsOnly, Rules);

        Refused<ForbiddenError>(result.Error);
        Assert.Equal(AssignmentSheetStatus.AwaitingReceipt, sheet.Status);
    }

    [Fact]
    public void Receive_Twice_IsConflict()
    {
        var (matter, sheet) = Received();

        var result = sheet.Receive(matter, Handler, HandlingDepartment, At(Monday), Monday, WeekendsOnly, Rules);

        Refused<ConflictError>(result.Error);
        Assert.Single(sheet.Rounds);
    }

    [Fact]
    public void AddProgressNote_BeforeSigning_IsConflict()
    {
        var (matter, sheet) = Assigned();

        var result = sheet.AddProgressNote(matter, Handler, HandlingDepartment, "进展", At(Monday));

        Assert.Contains("尚未签收", Refused<ConflictError>(result.Error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddProgressNote_ByCoHandlingDepartment_IsKeptOnTheRound()
    {
        var (matter, sheet) = Received();

        var note = Ok(sheet.AddProgressNote(matter, "co-handler", CoHandlingDepartment, "协办部门已走访", At(Monday)));

        Assert.Same(note, Assert.Single(sheet.CurrentRound!.ProgressNotes));
        Assert.Equal("co-handler", note.WrittenByUserId);
    }

    [Fact]
    public void AddProgressNote_ByAnotherDepartment_IsForbidden()
    {
        var (matter, sheet) = Received();

        var result = sheet.AddProgressNote(matter, "someone", OtherDepartment, "进展", At(Monday));

        Refused<ForbiddenError>(result.Error);
    }

    [Fact]
    public void SubmitResult_BeforeSigning_IsConflict()
    {
        var (matter, sheet) = Assigned();

        var result = sheet.SubmitResult(matter, Handler, HandlingDepartment, "已办", "已答复", null, At(Monday), Monday);

        Assert.Equal("交办单尚未签收，不能提交办理结果", Refused<ConflictError>(result.Error).Message);
    }

    [Fact]
    public void SubmitResult_ByCoHandlingDepartment_IsForbidden()
    {
        var (matter, sheet) = Received();

        var result = sheet.SubmitResult(matter, "co-handler", CoHandlingDepartment, "已办", "已答复", null, At(Monday), Monday);

        Refused<ForbiddenError>(result.Error);
    }

    [Fact]
    public void SubmitResult_Twice_IsConflict()
    {
        var (matter, sheet) = ResultSubmitted();

        var result = sheet.SubmitResult(matter, Handler, HandlingDepartment, "已办", "已答复", null, At(Monday), Monday);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void SubmitResult_WithoutReplyToParty_IsRefused()
    {
        var (matter, sheet) = Received();

        var result = sheet.SubmitResult(matter, Handler, HandlingDepartment, "已办", "", null, At(Monday), Monday);

        Assert.Equal("replyToParty", Refused<ValidationError>(result.Error).Field);
        Assert.Equal(AssignmentSheetStatus.InHandling, sheet.Status);
    }

    [Fact]
    public void SubmitResult_AfterTheDeadline_IsKeptAndCountsAsLate()
    {
        var (matter, sheet) = Received();
        var late = new DateOnly(2026, 3, 13);

        Ok(sheet.SubmitResult(matter, Handler, HandlingDepartment, "已办", "已答复", null, At(late), late));

        Assert.False(sheet.CurrentRound!.WasOnTime);
        Assert.Equal(late, sheet.CurrentRound.Deadline.MetOn);
        Assert.Contains("超过期限 2026-03-11", matter.Events[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptResult_BeforeSubmission_IsConflict()
    {
        var (matter, sheet) = Received();

        var result = sheet.AcceptResult(matter, SupervisionTrack.Center, Director, null, At(Monday));

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void AcceptResult_ByOfficeOnCenterTrack_IsForbidden()
    {
        var (matter, sheet) = ResultSubmitted();

        var result = sheet.AcceptResult(matter, SupervisionTrack.PartyGovernmentOffice, OfficeStaff, null, At(Monday));

        Refused<ForbiddenError>(result.Error);
        Assert.Null(matter.ResultAcceptedAt);
    }
}
