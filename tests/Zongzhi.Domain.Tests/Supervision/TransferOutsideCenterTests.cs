using Xunit;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.Supervision;

/// <summary>Matters transferred to units outside the center are supervised by the party/government office.</summary>
public sealed class TransferOutsideCenterTests
{
    [Fact]
    public void TransferOutsideCenter_WithWrittenNotice_PartyGovernmentOfficeSupervises()
    {
        var matter = Accepted();

        Ok(matter.TransferOutsideCenter(Director, "镇国土所", Notice(), At(Monday), Monday));

        Assert.Equal(MatterStatus.Transferred, matter.Status);
        Assert.Equal(SupervisionTrack.PartyGovernmentOffice, matter.Track);
        var transfer = matter.Transfer!;
        Assert.Equal(TransferKind.OutsideCenter, transfer.Kind);
        Assert.Equal("镇国土所", transfer.ReceivingUnit);
        Assert.Equal("综治通〔2026〕3号", transfer.Notice.DocumentNumber);
        Assert.Equal("镇党政办", transfer.Notice.AddressedTo);
        Assert.True(matter.IsUnderSupervision);
        Assert.Equal(MatterEventKind.TransferredOutsideCenter, matter.Events[^1].Kind);
        Assert.Contains("书面通报镇党政办", matter.Events[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void TransferredMatter_HandledToClosure_UnderTheOfficesSupervision()
    {
        var matter = Accepted();
        Ok(matter.TransferOutsideCenter(Director, "镇国土所", Notice(), At(Monday), Monday));
        var sheet = Ok(matter.Assign(Director, "JB-2026-000002", OtherDepartment, [], "请国土所办理", At(Monday), Monday, WeekendsOnly, Rules));
        Ok(sheet.Receive(matter, "land-officer", OtherDepartment, At(Monday), Monday, WeekendsOnly, Rules));
        Ok(Reminder.Send(matter, sheet, SupervisionTrack.PartyGovernmentOffice, OfficeStaff, "请加快办理", At(Monday)));
        Ok(sheet.SubmitResult(matter, "land-officer", OtherDepartment, "已确权", "已答复", Satisfaction.Satisfied, At(Monday), Monday));
        var centerReview = sheet.AcceptResult(matter, SupervisionTrack.Center, Director, null, At(Monday));
        Ok(sheet.AcceptResult(matter, SupervisionTrack.PartyGovernmentOffice, OfficeStaff, null, At(Monday)));
        Ok(matter.RecordCallback(OfficeStaff, CallbackMethod.Phone, Satisfaction.Satisfied, null, At(Monday), Monday));

        Ok(matter.Close(SupervisionTrack.PartyGovernmentOffice, OfficeStaff, At(Monday), Monday));

        Refused<ForbiddenError>(centerReview.Error);
        Assert.Equal(SupervisionTrack.PartyGovernmentOffice, sheet.SupervisingBody);
        Assert.Equal(MatterStatus.Closed, matter.Status);
    }

    [Fact]
    public void TransferOutsideCenter_AfterAssignment_IsConflict()
    {
        var (matter, _) = Assigned();

        var result = matter.TransferOutsideCenter(Director, "镇国土所", Notice(), At(Monday), Monday);

        Refused<ConflictError>(result.Error);
        Assert.Equal(SupervisionTrack.Center, matter.Track);
    }

    [Fact]
    public void TransferOutsideCenter_WithoutReceivingUnit_IsRefused()
    {
        var matter = Accepted();

        var result = matter.TransferOutsideCenter(Director, " ", Notice(), At(Monday), Monday);

        Assert.Equal("receivingUnit", Refused<ValidationError>(result.Error).Field);
        Assert.Equal(MatterStatus.Accepted, matter.Status);
    }

    [Fact]
    public void FileTransferNotice_TransferOutsideCenter_IsConflict()
    {
        var matter = Accepted();
        Ok(matter.TransferOutsideCenter(Director, "镇国土所", Notice(), At(Monday), Monday));

        var result = matter.FileTransferNotice(Director, At(Monday));

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void WrittenNotice_WithoutText_IsRefused()
    {
        var result = WrittenNotice.Create(null, "镇党政办", "", Monday, Monday);

        Assert.Equal("writtenNotice.text", Refused<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void WrittenNotice_IssuedInTheFuture_IsRefused()
    {
        var result = WrittenNotice.Create(null, "镇党政办", "正文", Monday.AddDays(1), Monday);

        Assert.Equal("writtenNotice.issuedOn", Refused<ValidationError>(result.Error).Field);
    }
}
