using Xunit;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.Supervision;

public sealed class ReminderTests
{
    [Fact]
    public void Send_UnsignedSheet_ChasesTheSigningAndIsRecorded()
    {
        var (matter, sheet) = Assigned();

        var reminder = Ok(Reminder.Send(matter, sheet, SupervisionTrack.Center, Director, "请今日签收交办单", At(Monday)));

        Assert.Equal(HandlingDepartment, reminder.DepartmentId);
        Assert.Equal(SupervisionTrack.Center, reminder.SentBy);
        Assert.Equal(MatterEventKind.ReminderSent, matter.Events[^1].Kind);
        Assert.Contains("签收", matter.Events[^1].Summary, StringComparison.Ordinal);
        Assert.Equal(Director, matter.Events[^1].ActorUserId);
    }

    [Fact]
    public void Send_SheetInHandling_ChasesTheHandling()
    {
        var (matter, sheet) = Received();

        Ok(Reminder.Send(matter, sheet, SupervisionTrack.Center, Director, "期限将至，请抓紧办理", At(Monday)));

        Assert.Contains("办理", matter.Events[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Send_ResultAlreadySubmitted_IsConflict()
    {
        var (matter, sheet) = ResultSubmitted();

        var result = Reminder.Send(matter, sheet, SupervisionTrack.Center, Director, "催办", At(Monday));

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void Send_ByBodyNotSupervising_IsForbidden()
    {
        var (matter, sheet) = Received();

        var result = Reminder.Send(matter, sheet, SupervisionTrack.PartyGovernmentOffice, OfficeStaff, "催办", At(Monday));

        Refused<ForbiddenError>(result.Error);
    }

    [Fact]
    public void Send_WithoutMessage_IsRefused()
    {
        var (matter, sheet) = Received();

        var result = Reminder.Send(matter, sheet, SupervisionTrack.Center, Director, "", At(Monday));

        Assert.Equal("message", Refused<ValidationError>(result.Error).Field);
    }
}
