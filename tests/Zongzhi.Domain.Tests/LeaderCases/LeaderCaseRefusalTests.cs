using Xunit;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.LeaderCases;

/// <summary>The case taken on Monday 2026-03-02 is due Thursday 2026-04-02.</summary>
public sealed class LeaderCaseRefusalTests
{
    private static DateOnly DueOn { get; } = new(2026, 4, 2);

    [Fact]
    public void Take_ByAnotherLeader_IsForbidden()
    {
        var matter = Registered();
        var leaderCase = Ok(matter.HandToLeader(Director, CaseLeader, At(Monday)));

        var result = leaderCase.Take(matter, "another-leader", At(Monday), Monday, WeekendsOnly, Rules);

        Assert.Equal("只有包案领导本人可以办理该包案", Refused<ForbiddenError>(result.Error).Message);
        Assert.Equal(LeaderCaseStatus.AwaitingTake, leaderCase.Status);
    }

    [Fact]
    public void Take_Twice_IsConflict()
    {
        var (matter, leaderCase) = LeaderCaseTaken();

        var result = leaderCase.Take(matter, CaseLeader, At(Monday), Monday, WeekendsOnly, Rules);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void RecordPlan_BeforeTaking_IsConflict()
    {
        var matter = Registered();
        var leaderCase = Ok(matter.HandToLeader(Director, CaseLeader, At(Monday)));

        var result = leaderCase.RecordPlan(matter, CaseLeader, "调查", "措施", "人员", At(Monday));

        Assert.Contains("尚未接案", Refused<ConflictError>(result.Error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryLeaderAction_ByAnotherUser_IsForbidden()
    {
        var (matter, leaderCase) = LeaderCaseTaken();

        DomainError?[] errors =
        [
            leaderCase.RecordPlan(matter, Director, "调查", "措施", "人员", At(Monday)).Error,
            leaderCase.AddProgressNote(matter, Director, "进展", At(Monday)).Error,
            leaderCase.RequestCoordination(matter, Director, OtherDepartment, "协助", Monday, At(Monday), Monday, WeekendsOnly).Error,
            leaderCase.RequestExtension(matter, Director, "理由", DueOn.AddDays(7), At(Monday), Monday).Error,
            leaderCase.TransferOutsideAuthority(matter, Director, "县人社局", Monday, Notice("综治中心"), At(Monday), Monday).Error,
            leaderCase.Close(matter, Director, "结果", Satisfaction.Satisfied, At(Monday), Monday).Error,
            leaderCase.HandOverMaterials(matter, Director, ["材料"], At(Monday)).Error,
        ];

        Assert.All(errors, e => Assert.IsType<ForbiddenError>(e));
    }

    [Fact]
    public void ApproveExtension_ByNonTopLeader_IsForbidden()
    {
        var (matter, leaderCase) = LeaderCaseTaken();
        var request = Ok(leaderCase.RequestExtension(matter, CaseLeader, "理由", DueOn.AddDays(14), At(Monday), Monday));

        var result = leaderCase.ApproveExtension(matter, Director, isTopLeader: false, null, null, At(Monday));

        Assert.Equal("只有党政一把手可以审批包案延期申请", Refused<ForbiddenError>(result.Error).Message);
        Assert.Equal(ExtensionRequestStatus.Pending, request.Status);
        Assert.Equal(DueOn, leaderCase.Deadline!.DueOn);
    }

    [Fact]
    public void RejectExtension_ByNonTopLeader_IsForbidden()
    {
        var (matter, leaderCase) = LeaderCaseTaken();
        Ok(leaderCase.RequestExtension(matter, CaseLeader, "理由", DueOn.AddDays(14), At(Monday), Monday));

        var result = leaderCase.RejectExtension(matter, CaseLeader, isTopLeader: false, "不同意", At(Monday));

        Refused<ForbiddenError>(result.Error);
    }

    [Fact]
    public void ApproveExtension_WithOwnDate_SetsItAndKeepsTheOriginal()
    {
        var (matter, leaderCase) = LeaderCaseTaken();
        Ok(leaderCase.RequestExtension(matter, CaseLeader, "理由", DueOn.AddDays(28), At(Monday), Monday));

        Ok(leaderCase.ApproveExtension(matter, TopLeader, isTopLeader: true, DueOn.AddDays(14), null, At(Monday)));

        Assert.Equal(DueOn.AddDays(14), leaderCase.Deadline!.DueOn);
        Assert.Equal(DueOn, leaderCase.Deadline.OriginalDueOn);
    }

    [Fact]
    public void RequestExtension_AfterTheDeadline_IsConflict()
    {
        var (matter, leaderCase) = LeaderCaseTaken();
        var late = DueOn.AddDays(1);

        var result = leaderCase.RequestExtension(matter, CaseLeader, "理由", late.AddDays(14), At(late), late);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void RequestExtension_WhileOnePending_IsExtensionAlreadyPending()
    {
        var (matter, leaderCase) = LeaderCaseTaken();
        Ok(leaderCase.RequestExtension(matter, CaseLeader, "理由", DueOn.AddDays(14), At(Monday), Monday));

        var result = leaderCase.RequestExtension(matter, CaseLeader, "理由", DueOn.AddDays(21), At(Monday), Monday);

        Assert.IsType<ExtensionAlreadyPending>(result.Error);
    }

    [Fact]
    public void ApproveExtension_NonePending_IsConflict()
    {
        var (matter, leaderCase) = LeaderCaseTaken();

        var result = leaderCase.ApproveExtension(matter, TopLeader, isTopLeader: true, null, null, At(Monday));

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void Close_WithoutHandlingPlan_IsConflict()
    {
        var (matter, leaderCase) = LeaderCaseTaken();

        var result = leaderCase.Close(matter, CaseLeader, "结果", Satisfaction.Satisfied, At(Monday), Monday);

        Assert.Equal("尚未制定调处方案，不能办结", Refused<ConflictError>(result.Error).Message);
        Assert.Equal(MatterStatus.InLeaderCase, matter.Status);
    }

    [Fact]
    public void HandOverMaterials_BeforeClosure_IsConflict()
    {
        var (matter, leaderCase) = LeaderCaseTaken();

        var result = leaderCase.HandOverMaterials(matter, CaseLeader, ["材料"], At(Monday));

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void Archive_WithoutHandOver_IsConflict()
    {
        var (matter, leaderCase) = ClosedCase();

        var withCase = matter.Archive(Director, "DA-1", ["材料"], At(Monday), leaderCase);
        var withoutCase = matter.Archive(Director, "DA-1", ["材料"], At(Monday));

        Assert.Equal("包案领导尚未移交办结材料，不能归档", Refused<ConflictError>(withCase.Error).Message);
        Refused<ConflictError>(withoutCase.Error);
        Assert.Equal(MatterStatus.Closed, matter.Status);
    }

    [Fact]
    public void Close_ClosesTheMatterWithoutTheSheetPath()
    {
        var (matter, leaderCase) = ClosedCase();

        var callback = matter.RecordCallback(Director, CallbackMethod.Phone, Satisfaction.Satisfied, null, At(Monday), Monday);

        Assert.Equal(MatterStatus.Closed, matter.Status);
        Assert.Equal(LeaderCaseStatus.Closed, leaderCase.Status);
        Assert.True(callback.IsSuccess);
        Refused<ConflictError>(leaderCase.AddProgressNote(matter, CaseLeader, "进展", At(Monday)).Error);
    }

    [Fact]
    public void RequestCoordination_RespondentDepartment_IsRefused()
    {
        var (matter, leaderCase) = LeaderCaseTaken();

        var result = leaderCase.RequestCoordination(matter, CaseLeader, RespondentDepartment, "协助", Monday, At(Monday), Monday, WeekendsOnly);

        Assert.Equal("departmentId", Refused<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void AnswerCoordination_ByAnotherDepartment_IsForbidden()
    {
        var (matter, leaderCase) = LeaderCaseTaken();
        var help = Ok(leaderCase.RequestCoordination(matter, CaseLeader, OtherDepartment, "协助", Monday, At(Monday), Monday, WeekendsOnly));

        var result = leaderCase.AnswerCoordination(matter, help, Handler, HandlingDepartment, "答复", At(Monday), Monday);

        Refused<ForbiddenError>(result.Error);
        Assert.True(help.IsOpen);
    }

    [Fact]
    public void AnswerCoordination_Twice_IsConflict()
    {
        var (matter, leaderCase) = LeaderCaseTaken();
        var help = Ok(leaderCase.RequestCoordination(matter, CaseLeader, OtherDepartment, "协助", Monday, At(Monday), Monday, WeekendsOnly));
        Ok(leaderCase.AnswerCoordination(matter, help, "land-officer", OtherDepartment, "答复", At(Monday), Monday));

        var result = leaderCase.AnswerCoordination(matter, help, "land-officer", OtherDepartment, "再答复", At(Monday), Monday);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void TransferOutsideAuthority_ContactedInTheFuture_IsRefused()
    {
        var (matter, leaderCase) = LeaderCaseTaken();

        var result = leaderCase.TransferOutsideAuthority(matter, CaseLeader, "县人社局", Monday.AddDays(1), Notice("综治中心"), At(Monday), Monday);

        Assert.Equal("contactedOn", Refused<ValidationError>(result.Error).Field);
        Assert.Equal(MatterStatus.InLeaderCase, matter.Status);
    }

    [Fact]
    public void Close_AfterTransfer_IsConflict()
    {
        var (matter, leaderCase) = LeaderCaseTaken();
        Ok(leaderCase.TransferOutsideAuthority(matter, CaseLeader, "县人社局", Monday, Notice("综治中心"), At(Monday), Monday));

        var result = leaderCase.Close(matter, CaseLeader, "结果", Satisfaction.Satisfied, At(Monday), Monday);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void LeaderActions_OnArchivedMatter_RefuseAsReadOnly()
    {
        var (matter, leaderCase) = ClosedCase();
        Ok(leaderCase.HandOverMaterials(matter, CaseLeader, ["材料"], At(Monday)));
        Ok(matter.Archive(Director, "DA-1", ["材料"], At(Monday), leaderCase));

        var handOver = leaderCase.HandOverMaterials(matter, CaseLeader, ["材料"], At(Monday));
        var approve = leaderCase.ApproveExtension(matter, TopLeader, isTopLeader: true, null, null, At(Monday));

        Assert.IsType<MatterArchived>(handOver.Error);
        Assert.IsType<MatterArchived>(approve.Error);
    }

    private static (Matter Matter, LeaderCase Case) ClosedCase()
    {
        var (matter, leaderCase) = LeaderCaseTaken();
        Ok(leaderCase.RecordPlan(matter, CaseLeader, "调查", "措施", "人员", At(Monday)));
        Ok(leaderCase.Close(matter, CaseLeader, "结果", Satisfaction.BasicallySatisfied, At(Monday), Monday));
        return (matter, leaderCase);
    }
}
