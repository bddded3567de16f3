using Xunit;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.Matters;

public sealed class MatterClosureTests
{
    [Fact]
    public void RecordCallback_BeforeAcceptedResult_IsConflict()
    {
        var (matter, _) = ResultSubmitted();

        var result = matter.RecordCallback(Director, CallbackMethod.Phone, Satisfaction.Satisfied, null, At(Monday), Monday);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void Close_BeforeAcceptedResult_IsConflict()
    {
        var (matter, _) = ResultSubmitted();

        var result = matter.Close(SupervisionTrack.Center, Director, At(Monday), Monday);

        Assert.Contains("审核通过", Refused<ConflictError>(result.Error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_WithoutCallback_IsConflict()
    {
        var (matter, _) = ResultAccepted();

        var result = matter.Close(SupervisionTrack.Center, Director, At(Monday), Monday);

        Assert.Contains("回访", Refused<ConflictError>(result.Error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_ByBodyNotSupervising_IsForbidden()
    {
        var (matter, _) = ResultAccepted();
        var day = Monday.AddDays(7);
        Ok(matter.RecordCallback(Director, CallbackMethod.Visit, Satisfaction.BasicallySatisfied, "基本认可", At(day), day));

        var result = matter.Close(SupervisionTrack.PartyGovernmentOffice, OfficeStaff, At(day), day);

        Refused<ForbiddenError>(result.Error);
    }

    [Fact]
    public void Close_CallbackOnlyBeforeAcceptance_IsConflict()
    {
        var (matter, sheet) = ResultAccepted();
        var day = Monday.AddDays(5);
        Ok(matter.RecordCallback(Director, CallbackMethod.Phone, Satisfaction.Unsatisfied, "不满意", At(day), day));
        Ok(sheet.OrderRehandling(matter, SupervisionTrack.Center, Director, "当事人不满意", null, At(day), day, WeekendsOnly, Rules));
        Ok(sheet.SubmitResult(matter, Handler, HandlingDepartment, "再次调解", "已答复", null, At(day.AddDays(1)), day.AddDays(1)));
        Ok(sheet.AcceptResult(matter, SupervisionTrack.Center, Director, null, At(day.AddDays(2))));

        var result = matter.Close(SupervisionTrack.Center, Director, At(day.AddDays(2)), day.AddDays(2));

        Assert.Contains("回访", Refused<ConflictError>(result.Error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_Twice_IsConflict()
    {
        var matter = Closed();

        var result = matter.Close(SupervisionTrack.Center, Director, At(Monday), Monday);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void RecordCallback_AfterClosure_IsKept()
    {
        var matter = Closed();

        var callback = Ok(matter.RecordCallback(Director, CallbackMethod.Visit, Satisfaction.Satisfied, "回访满意", At(Monday.AddDays(14)), Monday.AddDays(14)));

        Assert.Equal(2, matter.Callbacks.Count);
        Assert.Same(callback, matter.Callbacks[^1]);
    }

    [Fact]
    public void Archive_OpenMatter_IsConflict()
    {
        var (matter, _) = ResultAccepted();

        var result = matter.Archive(Director, "DA-1", ["交办单"], At(Monday));

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void Archive_DeclinedMatter_IsArchived()
    {
        var matter = Registered();
        Ok(matter.Decline(Director, "不属于受理范围", At(Monday)));

        Ok(matter.Archive(Director, "DA-2026-007", ["登记表", "不予受理告知书"], At(Monday)));

        Assert.Equal(MatterStatus.Archived, matter.Status);
        Assert.Equal("DA-2026-007", matter.ArchiveRecord!.ArchiveNumber);
        Assert.Equal(["登记表", "不予受理告知书"], matter.ArchiveRecord.Materials);
    }

    [Fact]
    public void Archive_WithoutMaterialList_IsRefused()
    {
        var matter = Closed();

        var result = matter.Archive(Director, "DA-1", [], At(Monday));

        Assert.Equal("materials", Refused<ValidationError>(result.Error).Field);
        Assert.Equal(MatterStatus.Closed, matter.Status);
    }

    [Fact]
    public void Archive_WithoutArchiveNumber_IsRefused()
    {
        var matter = Closed();

        var result = matter.Archive(Director, "", ["交办单"], At(Monday));

        Assert.Equal("archiveNumber", Refused<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void ArchivedMatter_EveryMatterMethod_RefusesAsReadOnly()
    {
        var matter = Archived();
        var other = Registered();
        var eventCount = matter.Events.Count;

        DomainError?[] errors =
        [
            matter.Accept(Director, Complexity.General, SupervisionTrack.Center, At(Monday)).Error,
            matter.Decline(Director, "理由", At(Monday)).Error,
            matter.MergeAsDuplicate(other, Director, At(Monday)).Error,
            matter.HandToLeader(Director, CaseLeader, At(Monday)).Error,
            matter.Assign(Director, "JB-2", HandlingDepartment, [], "要求", At(Monday), Monday, WeekendsOnly, Rules).Error,
            matter.TransferOutsideCenter(Director, "县住建局", Notice(), At(Monday), Monday).Error,
            matter.RecordCallback(Director, CallbackMethod.Phone, Satisfaction.Satisfied, null, At(Monday), Monday).Error,
            matter.Close(SupervisionTrack.Center, Director, At(Monday), Monday).Error,
            matter.FileTransferNotice(Director, At(Monday)).Error,
            matter.Archive(Director, "DA-2", ["x"], At(Monday)).Error,
        ];

        Assert.All(errors, e => Assert.Equal("事项已归档，不能修改", Assert.IsType<MatterArchived>(e).Message));
        Assert.Equal(eventCount, matter.Events.Count);
    }
}
