using Xunit;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.Supervision;

public sealed class CoordinationMeetingTests
{
    private static DateOnly Thursday { get; } = Monday.AddDays(3);

    [Fact]
    public void Walk_ConveneRecordComplete_DecisionsBecomeTrackedTasks()
    {
        var (matter, _) = Received();
        var meeting = Ok(CoordinationMeeting.Convene(
            matter, SupervisionTrack.Center, Director, "违建纠纷协调", [HandlingDepartment, CoHandlingDepartment], Thursday, "中心二楼会议室", At(Monday)));
        Ok(meeting.RecordOutcome(
            matter, SupervisionTrack.Center, Director, ["城建办王主任", "司法所李所长"], "会议议定由城建办牵头测量，司法所组织调解。",
            [new MeetingDecision("测量违建高度并出具意见", HandlingDepartment, Thursday.AddDays(4)), new MeetingDecision("组织双方调解", CoHandlingDepartment, Thursday.AddDays(8))],
            At(Thursday), Thursday, WeekendsOnly));

        Ok(meeting.CompleteTask(matter, meeting.Tasks[0], Handler, HandlingDepartment, "已测量，超高 1.2 米", At(Thursday.AddDays(4)), Thursday.AddDays(4)));

        Assert.Equal(CoordinationMeetingStatus.Held, meeting.Status);
        Assert.Equal([HandlingDepartment, CoHandlingDepartment], meeting.DepartmentIds);
        Assert.Equal(2, meeting.Attendees.Count);
        Assert.Equal(2, meeting.Tasks.Count);
        Assert.All(meeting.Tasks, t => Assert.Equal(DeadlineSubject.MeetingTask, t.Deadline.Subject));
        Assert.True(meeting.Tasks[0].IsCompleted);
        Assert.True(meeting.Tasks[0].Deadline.WasMetOnTime);
        Assert.False(meeting.Tasks[1].IsCompleted);
        Assert.Equal(Thursday.AddDays(8), meeting.Tasks[1].Deadline.DueOn);
        Assert.Equal(
            [MatterEventKind.MeetingConvened, MatterEventKind.MeetingHeld, MatterEventKind.MeetingTaskCompleted],
            matter.Events.TakeLast(3).Select(e => e.Kind));
    }

    [Fact]
    public void RecordOutcome_BeforeTheMeetingDay_IsConflict()
    {
        var (matter, _) = Received();
        var meeting = Ok(CoordinationMeeting.Convene(matter, SupervisionTrack.Center, Director, "协调", [HandlingDepartment], Thursday, "会议室", At(Monday)));

        var result = meeting.RecordOutcome(matter, SupervisionTrack.Center, Director, ["王主任"], "纪要", [], At(Monday), Monday, WeekendsOnly);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void RecordOutcome_Twice_IsConflict()
    {
        var (matter, _) = Received();
        var meeting = Ok(CoordinationMeeting.Convene(matter, SupervisionTrack.Center, Director, "协调", [HandlingDepartment], Monday, "会议室", At(Monday)));
        Ok(meeting.RecordOutcome(matter, SupervisionTrack.Center, Director, ["王主任"], "纪要", [], At(Monday), Monday, WeekendsOnly));

        var result = meeting.RecordOutcome(matter, SupervisionTrack.Center, Director, ["王主任"], "纪要", [], At(Monday), Monday, WeekendsOnly);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void RecordOutcome_DecisionWithoutOwner_IsRefused()
    {
        var (matter, _) = Received();
        var meeting = Ok(CoordinationMeeting.Convene(matter, SupervisionTrack.Center, Director, "协调", [HandlingDepartment], Monday, "会议室", At(Monday)));

        var result = meeting.RecordOutcome(matter, SupervisionTrack.Center, Director, ["王主任"], "纪要", [new MeetingDecision("测量", 0, Thursday)], At(Monday), Monday, WeekendsOnly);

        Assert.Equal("decisions[0].ownerDepartmentId", Refused<ValidationError>(result.Error).Field);
        Assert.Empty(meeting.Tasks);
    }

    [Fact]
    public void RecordOutcome_WithoutAttendees_IsRefused()
    {
        var (matter, _) = Received();
        var meeting = Ok(CoordinationMeeting.Convene(matter, SupervisionTrack.Center, Director, "协调", [HandlingDepartment], Monday, "会议室", At(Monday)));

        var result = meeting.RecordOutcome(matter, SupervisionTrack.Center, Director, [], "纪要", [], At(Monday), Monday, WeekendsOnly);

        Assert.Equal("attendees", Refused<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void CompleteTask_ByAnotherDepartment_IsForbidden()
    {
        var (matter, _) = Received();
        var meeting = Ok(CoordinationMeeting.Convene(matter, SupervisionTrack.Center, Director, "协调", [HandlingDepartment], Monday, "会议室", At(Monday)));
        Ok(meeting.RecordOutcome(matter, SupervisionTrack.Center, Director, ["王主任"], "纪要", [new MeetingDecision("测量", HandlingDepartment, Thursday)], At(Monday), Monday, WeekendsOnly));

        var result = meeting.CompleteTask(matter, meeting.Tasks[0], "someone", OtherDepartment, "完成", At(Monday), Monday);

        Refused<ForbiddenError>(result.Error);
    }

    [Fact]
    public void Convene_WithoutDepartments_IsRefused()
    {
        var (matter, _) = Received();

        var result = CoordinationMeeting.Convene(matter, SupervisionTrack.Center, Director, "协调", [], Thursday, "会议室", At(Monday));

        Assert.Equal("departmentIds", Refused<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void Convene_ClosedMatter_IsConflict()
    {
        var matter = Closed();

        var result = CoordinationMeeting.Convene(matter, SupervisionTrack.Center, Director, "协调", [HandlingDepartment], Thursday, "会议室", At(Monday));

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void Convene_ByBodyNotSupervising_IsForbidden()
    {
        var (matter, _) = Received();

        var result = CoordinationMeeting.Convene(matter, SupervisionTrack.PartyGovernmentOffice, OfficeStaff, "协调", [HandlingDepartment], Thursday, "会议室", At(Monday));

        Refused<ForbiddenError>(result.Error);
    }
}
