using Xunit;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.Matters;

public sealed class MatterTriageTests
{
    [Fact]
    public void Accept_Registered_SetsComplexityAndTrack()
    {
        var matter = Registered();

        Ok(matter.Accept(Director, Complexity.Complex, SupervisionTrack.Center, At(Monday)));

        Assert.Equal(MatterStatus.Accepted, matter.Status);
        Assert.Equal(Complexity.Complex, matter.Complexity);
        Assert.Equal(Director, matter.TriagedByUserId);
        Assert.Equal(MatterEventKind.Accepted, matter.Events[^1].Kind);
        Assert.Contains("复杂", matter.Events[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_AlreadyAccepted_IsConflict()
    {
        var matter = Accepted();

        var result = matter.Accept(Director, Complexity.General, SupervisionTrack.Center, At(Monday));

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void Accept_UndefinedComplexity_IsValidationError()
    {
        var matter = Registered();

        var result = matter.Accept(Director, (Complexity)99, SupervisionTrack.Center, At(Monday));

        Assert.Equal("complexity", Refused<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void Decline_WithReason_IsDeclinedAndRecorded()
    {
        var matter = Registered();

        Ok(matter.Decline(Director, "不属于本中心受理范围，已告知当事人向法院起诉", At(Monday)));

        Assert.Equal(MatterStatus.Declined, matter.Status);
        Assert.Equal(MatterEventKind.Declined, matter.Events[^1].Kind);
        Assert.Equal(matter.DeclineReason, matter.Events[^1].Details);
    }

    [Fact]
    public void Decline_WithoutReason_IsRefused()
    {
        var matter = Registered();

        var result = matter.Decline(Director, "  ", At(Monday));

        Assert.Equal("reason", Refused<ValidationError>(result.Error).Field);
        Assert.Equal(MatterStatus.Registered, matter.Status);
    }

    [Fact]
    public void Decline_AcceptedMatter_IsConflict()
    {
        var matter = Accepted();

        var result = matter.Decline(Director, "理由", At(Monday));

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void MergeAsDuplicate_RepeatOfEarlierMatter_KeepsLinkOnBothTimelines()
    {
        var original = Accepted();
        var repeat = Registered();

        Ok(repeat.MergeAsDuplicate(original, Director, At(Monday)));

        Assert.Equal(MatterStatus.Merged, repeat.Status);
        Assert.Equal(original.Id, repeat.DuplicateOfMatterId);
        Assert.Equal(MatterEventKind.MergedAsDuplicate, repeat.Events[^1].Kind);
        Assert.Equal(MatterEventKind.DuplicateReceived, original.Events[^1].Kind);
    }

    [Fact]
    public void MergeAsDuplicate_IntoItself_IsRefused()
    {
        var matter = Registered();

        var result = matter.MergeAsDuplicate(matter, Director, At(Monday));

        Assert.Equal("duplicateOfMatterId", Refused<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void MergeAsDuplicate_IntoARepeat_IsRefused()
    {
        var original = Registered();
        var repeat = Registered();
        Ok(repeat.MergeAsDuplicate(original, Director, At(Monday)));
        var third = Registered();

        var result = third.MergeAsDuplicate(repeat, Director, At(Monday));

        Refused<ValidationError>(result.Error);
    }

    [Fact]
    public void HandToLeader_Registered_CreatesCaseAwaitingTheLeader()
    {
        var matter = Registered();

        var leaderCase = Ok(matter.HandToLeader(Director, CaseLeader, At(Monday)));

        Assert.Equal(MatterStatus.InLeaderCase, matter.Status);
        Assert.True(matter.HandledByLeaderCase);
        Assert.Equal(LeaderCaseStatus.AwaitingTake, leaderCase.Status);
        Assert.Equal(CaseLeader, leaderCase.CaseLeaderUserId);
        Assert.Equal(Director, leaderCase.AssignedByUserId);
        Assert.Null(leaderCase.Deadline);
        Assert.Equal(MatterEventKind.HandedToLeader, matter.Events[^1].Kind);
    }

    [Fact]
    public void HandToLeader_AssignedMatter_IsConflict()
    {
        var (matter, _) = Assigned();

        var result = matter.HandToLeader(Director, CaseLeader, At(Monday));

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void Assign_BeforeAcceptance_IsConflict()
    {
        var matter = Registered();

        var result = matter.Assign(Director, "JB-2026-000001", HandlingDepartment, [], "要求", At(Monday), Monday, WeekendsOnly, Rules);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void Assign_SecondSheet_IsConflict()
    {
        var (matter, _) = Assigned();

        var result = matter.Assign(Director, "JB-2026-000002", OtherDepartment, [], "要求", At(Monday), Monday, WeekendsOnly, Rules);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void Assign_PartyGovernmentOfficeTrackWithoutTransfer_IsConflict()
    {
        var matter = Registered();
        Ok(matter.Accept(Director, Complexity.General, SupervisionTrack.PartyGovernmentOffice, At(Monday)));

        var result = matter.Assign(Director, "JB-2026-000001", HandlingDepartment, [], "要求", At(Monday), Monday, WeekendsOnly, Rules);

        Assert.Contains("书面通报", Refused<ConflictError>(result.Error).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HandlingDepartment)]
    [InlineData(0)]
    public void Assign_BadCoHandlingDepartment_IsRefused(long coHandling)
    {
        var matter = Accepted();

        var result = matter.Assign(Director, "JB-2026-000001", HandlingDepartment, [coHandling], "要求", At(Monday), Monday, WeekendsOnly, Rules);

        Assert.Equal("coHandlingDepartmentIds[0]", Refused<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void Assign_WithoutRequirements_IsRefused()
    {
        var matter = Accepted();

        var result = matter.Assign(Director, "JB-2026-000001", HandlingDepartment, [], "", At(Monday), Monday, WeekendsOnly, Rules);

        Assert.Equal("requirements", Refused<ValidationError>(result.Error).Field);
        Assert.Equal(MatterStatus.Accepted, matter.Status);
    }
}
