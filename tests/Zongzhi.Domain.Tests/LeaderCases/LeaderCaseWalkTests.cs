using Xunit;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Matters;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.LeaderCases;

public sealed class LeaderCaseWalkTests
{
    [Fact]
    public void Walk_TakeToArchive_ExtensionApprovedThenAnotherRejected()
    {
        var matter = Registered();
        var leaderCase = Ok(matter.HandToLeader(Director, CaseLeader, At(Monday)));
        Ok(leaderCase.Take(matter, CaseLeader, At(Monday), Monday, WeekendsOnly, Rules));
        Ok(leaderCase.RecordPlan(matter, CaseLeader, "双方因宅基地边界争执多年", "组织实地测量，邀请村两委调解", "包案领导、国土所、村支书", At(Day(3, 3))));
        Ok(leaderCase.AddProgressNote(matter, CaseLeader, "已实地查看", At(Day(3, 4))));
        var help = Ok(leaderCase.RequestCoordination(matter, CaseLeader, OtherDepartment, "请国土所协助测量边界", Day(3, 6), At(Day(3, 3)), Day(3, 3), WeekendsOnly));
        Ok(leaderCase.AnswerCoordination(matter, help, "land-officer", OtherDepartment, "已测量，界址清楚", At(Day(3, 5)), Day(3, 5)));
        var first = Ok(leaderCase.RequestExtension(matter, CaseLeader, "需等待县级确权", Day(4, 17), At(Day(3, 30)), Day(3, 30)));
        Ok(leaderCase.ApproveExtension(matter, TopLeader, isTopLeader: true, null, "同意延期", At(Day(3, 31))));
        var second = Ok(leaderCase.RequestExtension(matter, CaseLeader, "再延期", Day(4, 30), At(Day(4, 10)), Day(4, 10)));
        Ok(leaderCase.RejectExtension(matter, TopLeader, isTopLeader: true, "请在延期期限内办结", At(Day(4, 13))));
        Ok(leaderCase.Close(matter, CaseLeader, "双方签订调解协议，按测量结果划界", Satisfaction.Satisfied, At(Day(4, 15)), Day(4, 15)));
        Ok(leaderCase.HandOverMaterials(matter, CaseLeader, ["调处方案", "测量报告", "调解协议"], At(Day(4, 16))));

        Ok(matter.Archive(Director, "DA-2026-000010", ["调处方案", "测量报告", "调解协议", "延期审批表"], At(Day(4, 17)), leaderCase));

        Assert.Equal(MatterStatus.Archived, matter.Status);
        Assert.Equal(LeaderCaseStatus.Archived, leaderCase.Status);
        var deadline = leaderCase.Deadline!;
        Assert.Equal(DeadlineSubject.LeaderCase, deadline.Subject);
        Assert.Equal(Day(4, 2), deadline.OriginalDueOn);
        Assert.Equal(Day(4, 17), deadline.DueOn);
        Assert.Equal(Day(4, 15), deadline.MetOn);
        Assert.False(deadline.WasMetOnTime);
        Assert.Equal(ExtensionRequestStatus.Approved, first.Status);
        Assert.Equal(ExtensionRequestStatus.Rejected, second.Status);
        Assert.Equal(Day(3, 5), help.Deadline.MetOn);
        Assert.Equal("已测量，界址清楚", help.Reply);
        Assert.Equal(Satisfaction.Satisfied, leaderCase.PartySatisfaction);
        Assert.Equal(["调处方案", "测量报告", "调解协议"], leaderCase.HandedOverMaterials);
        Assert.Equal(
            [
                MatterEventKind.Registered, MatterEventKind.HandedToLeader, MatterEventKind.LeaderCaseTaken,
                MatterEventKind.HandlingPlanRecorded, MatterEventKind.ProgressNoted, MatterEventKind.CoordinationRequested,
                MatterEventKind.CoordinationAnswered, MatterEventKind.ExtensionRequested, MatterEventKind.ExtensionApproved,
                MatterEventKind.ExtensionRequested, MatterEventKind.ExtensionRejected, MatterEventKind.Closed,
                MatterEventKind.MaterialsHandedOver, MatterEventKind.Archived,
            ],
            matter.Events.Select(e => e.Kind));
        Assert.Equal(TopLeader, matter.Events[8].ActorUserId);
    }

    [Fact]
    public void Take_OneMonthEndingOnAHoliday_MovesToTheFirstWorkingDayAfter()
    {
        var calendar = WorkCalendar.From(
        [
            new HolidaySchedule(2025, ["test notice"], [.. Enumerable.Range(1, 8).Select(d => new NoticeDay(new DateOnly(2025, 10, d), NoticeDayKind.Holiday, "国庆节、中秋节"))]),
        ]);
        var takenOn = new DateOnly(2025, 9, 1);
        var matter = Registered();
        var leaderCase = Ok(matter.HandToLeader(Director, CaseLeader, At(takenOn)));

        Ok(leaderCase.Take(matter, CaseLeader, At(takenOn), takenOn, calendar, Rules));

        Assert.Equal(new DateOnly(2025, 10, 9), leaderCase.Deadline!.DueOn);
        Assert.False(leaderCase.Deadline.IsProvisional);
        Assert.Equal(takenOn, leaderCase.TakenOn);
    }

    [Fact]
    public void Take_OnJanuary31_EndsOnFebruaryLastDayMovedOffTheWeekend()
    {
        var (_, leaderCase) = LeaderCaseTaken(new DateOnly(2026, 1, 31));

        var dueOn = leaderCase.Deadline!.DueOn;

        Assert.Equal(new DateOnly(2026, 3, 2), dueOn);
    }

    [Fact]
    public void TransferOutsideAuthority_WithWrittenNotice_FiledThenArchived()
    {
        var (matter, leaderCase) = LeaderCaseTaken();
        var help = Ok(leaderCase.RequestCoordination(matter, CaseLeader, OtherDepartment, "协助", Day(3, 6), At(Monday), Monday, WeekendsOnly));
        var notice = Notice("综治中心");

        Ok(leaderCase.TransferOutsideAuthority(matter, CaseLeader, "县人力资源和社会保障局", Day(3, 4), notice, At(Day(3, 5)), Day(3, 5)));
        var beforeFiling = matter.Archive(Director, "DA-1", ["书面告知"], At(Day(3, 5)));
        Ok(matter.FileTransferNotice(Director, At(Day(3, 6))));
        Ok(matter.Archive(Director, "DA-2026-000011", ["书面告知"], At(Day(3, 6))));

        Assert.Contains("备案", Assert.IsType<Zongzhi.Domain.Shared.ConflictError>(beforeFiling.Error).Message, StringComparison.Ordinal);
        Assert.Equal(LeaderCaseStatus.Transferred, leaderCase.Status);
        Assert.Equal(MatterStatus.Archived, matter.Status);
        var transfer = matter.Transfer!;
        Assert.Equal(TransferKind.OutsideTownAuthority, transfer.Kind);
        Assert.Equal("县人力资源和社会保障局", transfer.ReceivingUnit);
        Assert.Equal(Day(3, 4), transfer.ContactedOn);
        Assert.Equal(Day(3, 5), transfer.TransferredOn);
        Assert.True(transfer.IsFiled);
        Assert.Equal(Director, transfer.FiledByUserId);
        Assert.Equal(Day(3, 5), leaderCase.Deadline!.MetOn);
        Assert.False(help.IsOpen);
        Assert.NotNull(help.WithdrawnAt);
        Assert.Contains(matter.Events, e => e.Kind == MatterEventKind.TransferredOutsideAuthority);
        Assert.Contains(matter.Events, e => e.Kind == MatterEventKind.TransferFiled);
    }

    private static DateOnly Day(int month, int day) => new(2026, month, day);
}
