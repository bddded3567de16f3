using Xunit;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.Assignments;

/// <summary>Round 1 of <see cref="Received"/> runs from Monday 2026-03-02 to Wednesday 2026-03-11.</summary>
public sealed class SheetExtensionTests
{
    private static DateOnly DueOn { get; } = new(2026, 3, 11);
    private static DateOnly Proposed { get; } = new(2026, 3, 20);

    [Fact]
    public void RequestExtension_BeforeTheDeadline_IsPendingAndRecorded()
    {
        var (matter, sheet) = Received();

        var request = Ok(sheet.RequestExtension(matter, Handler, HandlingDepartment, "需等待土地确权结果", Proposed, At(Monday.AddDays(3)), Monday.AddDays(3)));

        Assert.Equal(ExtensionRequestStatus.Pending, request.Status);
        Assert.Equal(DueOn, request.DueOnAtRequest);
        Assert.Same(request, sheet.CurrentRound!.PendingExtension);
        Assert.Equal(MatterEventKind.ExtensionRequested, matter.Events[^1].Kind);
    }

    [Fact]
    public void RequestExtension_OnTheLastDay_IsAllowed()
    {
        var (matter, sheet) = Received();

        var result = sheet.RequestExtension(matter, Handler, HandlingDepartment, "理由", Proposed, At(DueOn), DueOn);

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void RequestExtension_AfterTheDeadline_IsConflict()
    {
        var (matter, sheet) = Received();
        var dayAfter = DueOn.AddDays(1);

        var result = sheet.RequestExtension(matter, Handler, HandlingDepartment, "理由", Proposed, At(dayAfter), dayAfter);

        Assert.Contains("已过", Refused<ConflictError>(result.Error).Message, StringComparison.Ordinal);
        Assert.Empty(sheet.CurrentRound!.ExtensionRequests);
    }

    [Fact]
    public void RequestExtension_WhileOnePending_IsExtensionAlreadyPending()
    {
        var (matter, sheet) = Received();
        Ok(sheet.RequestExtension(matter, Handler, HandlingDepartment, "理由", Proposed, At(Monday), Monday));

        var result = sheet.RequestExtension(matter, Handler, HandlingDepartment, "再申请", Proposed.AddDays(1), At(Monday), Monday);

        Assert.Equal("该事项已有待审批的延期申请", Assert.IsType<ExtensionAlreadyPending>(result.Error).Message);
    }

    [Fact]
    public void RequestExtension_ProposedNotAfterCurrentDeadline_IsRefused()
    {
        var (matter, sheet) = Received();

        var result = sheet.RequestExtension(matter, Handler, HandlingDepartment, "理由", DueOn, At(Monday), Monday);

        Assert.Equal("proposedDueOn", Refused<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void RequestExtension_WithoutReason_IsRefused()
    {
        var (matter, sheet) = Received();

        var result = sheet.RequestExtension(matter, Handler, HandlingDepartment, " ", Proposed, At(Monday), Monday);

        Assert.Equal("reason", Refused<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void RequestExtension_ByAnotherDepartment_IsForbidden()
    {
        var (matter, sheet) = Received();

        var result = sheet.RequestExtension(matter, "co-handler", CoHandlingDepartment, "理由", Proposed, At(Monday), Monday);

        Refused<ForbiddenError>(result.Error);
    }

    [Fact]
    public void RequestExtension_BeforeSigning_IsConflict()
    {
        var (matter, sheet) = Assigned();

        var result = sheet.RequestExtension(matter, Handler, HandlingDepartment, "理由", Proposed, At(Monday), Monday);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void ApproveExtension_WithTheProposedDate_MovesDeadlineAndKeepsOriginal()
    {
        var (matter, sheet) = Received();
        var request = Ok(sheet.RequestExtension(matter, Handler, HandlingDepartment, "理由", Proposed, At(Monday), Monday));

        Ok(sheet.ApproveExtension(matter, SupervisionTrack.Center, Director, null, "同意", At(Monday.AddDays(1))));

        var deadline = sheet.CurrentRound!.Deadline;
        Assert.Equal(Proposed, deadline.DueOn);
        Assert.Equal(DueOn, deadline.OriginalDueOn);
        Assert.True(deadline.IsExtended);
        Assert.Equal(ExtensionRequestStatus.Approved, request.Status);
        Assert.Equal(Proposed, request.ApprovedDueOn);
        Assert.Equal(Director, request.DecidedByUserId);
        Assert.Null(sheet.CurrentRound.PendingExtension);
        Assert.Contains("原定期限 2026-03-11", matter.Events[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ApproveExtension_WithItsOwnDate_SetsThatDate()
    {
        var (matter, sheet) = Received();
        Ok(sheet.RequestExtension(matter, Handler, HandlingDepartment, "理由", Proposed, At(Monday), Monday));
        var own = new DateOnly(2026, 3, 16);

        Ok(sheet.ApproveExtension(matter, SupervisionTrack.Center, Director, own, null, At(Monday)));

        Assert.Equal(own, sheet.CurrentRound!.Deadline.DueOn);
    }

    [Fact]
    public void ApproveExtension_DateNotAfterCurrentDeadline_IsRefused()
    {
        var (matter, sheet) = Received();
        Ok(sheet.RequestExtension(matter, Handler, HandlingDepartment, "理由", Proposed, At(Monday), Monday));

        var result = sheet.ApproveExtension(matter, SupervisionTrack.Center, Director, DueOn, null, At(Monday));

        Assert.Equal("approvedDueOn", Refused<ValidationError>(result.Error).Field);
        Assert.NotNull(sheet.CurrentRound!.PendingExtension);
    }

    [Fact]
    public void ApproveExtension_NonePending_IsConflict()
    {
        var (matter, sheet) = Received();

        var result = sheet.ApproveExtension(matter, SupervisionTrack.Center, Director, null, null, At(Monday));

        Assert.Equal("没有待审批的延期申请", Refused<ConflictError>(result.Error).Message);
    }

    [Fact]
    public void ApproveExtension_ByBodyNotSupervising_IsForbidden()
    {
        var (matter, sheet) = Received();
        Ok(sheet.RequestExtension(matter, Handler, HandlingDepartment, "理由", Proposed, At(Monday), Monday));

        var result = sheet.ApproveExtension(matter, SupervisionTrack.PartyGovernmentOffice, OfficeStaff, null, null, At(Monday));

        Refused<ForbiddenError>(result.Error);
        Assert.Equal(DueOn, sheet.CurrentRound!.Deadline.DueOn);
    }

    [Fact]
    public void RejectExtension_WithReason_KeepsTheDeadline()
    {
        var (matter, sheet) = Received();
        var request = Ok(sheet.RequestExtension(matter, Handler, HandlingDepartment, "理由", Proposed, At(Monday), Monday));

        Ok(sheet.RejectExtension(matter, SupervisionTrack.Center, Director, "理由不充分，请按期办结", At(Monday)));

        Assert.Equal(ExtensionRequestStatus.Rejected, request.Status);
        Assert.Equal("理由不充分，请按期办结", request.DecisionComment);
        Assert.Equal(DueOn, sheet.CurrentRound!.Deadline.DueOn);
        Assert.False(sheet.CurrentRound.Deadline.IsExtended);
        Assert.Equal(MatterEventKind.ExtensionRejected, matter.Events[^1].Kind);
    }

    [Fact]
    public void RejectExtension_WithoutReason_IsRefused()
    {
        var (matter, sheet) = Received();
        Ok(sheet.RequestExtension(matter, Handler, HandlingDepartment, "理由", Proposed, At(Monday), Monday));

        var result = sheet.RejectExtension(matter, SupervisionTrack.Center, Director, "", At(Monday));

        Assert.Equal("reason", Refused<ValidationError>(result.Error).Field);
        Assert.NotNull(sheet.CurrentRound!.PendingExtension);
    }

    [Fact]
    public void RequestExtension_AfterARejection_IsAllowedBeforeTheDeadline()
    {
        var (matter, sheet) = Received();
        Ok(sheet.RequestExtension(matter, Handler, HandlingDepartment, "理由", Proposed, At(Monday), Monday));
        Ok(sheet.RejectExtension(matter, SupervisionTrack.Center, Director, "不同意", At(Monday)));

        var again = sheet.RequestExtension(matter, Handler, HandlingDepartment, "补充理由", Proposed, At(Monday), Monday);

        Assert.True(again.IsSuccess);
        Assert.Equal(2, sheet.CurrentRound!.ExtensionRequests.Count);
    }

    [Fact]
    public void SubmitResult_WithAPendingExtension_WithdrawsIt()
    {
        var (matter, sheet) = Received();
        var request = Ok(sheet.RequestExtension(matter, Handler, HandlingDepartment, "理由", Proposed, At(Monday), Monday));

        Ok(sheet.SubmitResult(matter, Handler, HandlingDepartment, "已办", "已答复", null, At(Monday), Monday));

        Assert.Equal(ExtensionRequestStatus.Withdrawn, request.Status);
        Refused<ConflictError>(sheet.ApproveExtension(matter, SupervisionTrack.Center, Director, null, null, At(Monday)).Error);
    }
}
