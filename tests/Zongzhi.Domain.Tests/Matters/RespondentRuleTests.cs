using Xunit;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.Matters;

/// <summary>Nobody handles a complaint about themselves.</summary>
public sealed class RespondentRuleTests
{
    [Fact]
    public void Assign_HandlingDepartmentIsRespondent_IsRefusedWithReason()
    {
        var matter = Accepted(draft: Draft(Complainant(), RespondentDepartmentParty()));

        var result = matter.Assign(Director, "JB-2026-000001", RespondentDepartment, [], "要求", At(Monday), Monday, WeekendsOnly, Rules);

        var error = Refused<ValidationError>(result.Error);
        Assert.Equal("handlingDepartmentId", error.Field);
        Assert.Contains("被投诉", error.Message, StringComparison.Ordinal);
        Assert.Null(matter.AssignedAt);
    }

    [Fact]
    public void Assign_DepartmentOfRespondentStaffMember_IsRefused()
    {
        var matter = Accepted(draft: Draft(Complainant(), RespondentStaffParty()));

        var result = matter.Assign(Director, "JB-2026-000001", RespondentDepartment, [], "要求", At(Monday), Monday, WeekendsOnly, Rules);

        Refused<ValidationError>(result.Error);
    }

    [Fact]
    public void Assign_CoHandlingDepartmentIsRespondent_IsRefused()
    {
        var matter = Accepted(draft: Draft(Complainant(), RespondentDepartmentParty()));

        var result = matter.Assign(Director, "JB-2026-000001", HandlingDepartment, [RespondentDepartment], "要求", At(Monday), Monday, WeekendsOnly, Rules);

        Assert.Equal("coHandlingDepartmentIds[0]", Refused<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void Receive_ByStaffMemberComplainedAbout_IsForbidden()
    {
        var (matter, sheet) = Assigned();

        var result = sheet.Receive(matter, RespondentStaff, HandlingDepartment, At(Monday), Monday, WeekendsOnly, Rules);

        Assert.Contains("被投诉人", Refused<ForbiddenError>(result.Error).Message, StringComparison.Ordinal);
        Assert.Null(sheet.ReceivedOn);
    }

    [Fact]
    public void HandToLeader_LeaderComplainedAbout_IsRefused()
    {
        var matter = Registered();

        var result = matter.HandToLeader(Director, RespondentStaff, At(Monday));

        Assert.Equal("caseLeaderUserId", Refused<ValidationError>(result.Error).Field);
        Assert.Equal(MatterStatus.Registered, matter.Status);
    }

    [Fact]
    public void CheckDepartment_ComplainantFromThatDepartment_IsAllowed()
    {
        var matter = Registered(Draft(Complainant() with { DepartmentId = HandlingDepartment }));

        var error = RespondentRule.CheckDepartment(matter.Parties, HandlingDepartment, "handlingDepartmentId");

        Assert.Null(error);
    }

    [Fact]
    public void CheckUser_ComplainantStaffMember_IsAllowed()
    {
        var matter = Registered(Draft(Complainant() with { LinkedUserId = Handler }));

        var error = RespondentRule.CheckUser(matter.Parties, Handler);

        Assert.Null(error);
    }
}
