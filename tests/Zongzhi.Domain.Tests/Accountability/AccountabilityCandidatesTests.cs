using Xunit;
using Zongzhi.Domain.Accountability;

namespace Zongzhi.Domain.Tests.Accountability;

public sealed class AccountabilityCandidatesTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly DateTime Now = new(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);
    private static readonly EvidenceLink[] Sheet = [new("AssignmentSheet", "12")];

    public static TheoryData<AccountabilityFact, CandidateReason, string> Detectable => new()
    {
        { new OverdueSheetFact(12, new(2026, 11, 27), null, false, 3, "u-1", Sheet), CandidateReason.OverdueWithoutExtension, "ST-3" },
        { new RehandlingOrderedFact(5, new(2026, 11, 20), 3, "u-1", Sheet), CandidateReason.RehandlingOrdered, "ST-2" },
        { new UnsatisfiedCallbackFact(8, new(2026, 11, 21), 3, "u-1", [new("Callback", "8")]), CandidateReason.PartyUnsatisfied, "ST-2" },
        { new UnansweredRequestFact(SupervisionRequestKind.ReportRequest, 4, new(2026, 11, 25), null, 3, "u-2", [new("ReportRequest", "4")]), CandidateReason.RequestUnanswered, "ST-3" },
        { new UnansweredRequestFact(SupervisionRequestKind.MaterialsRequest, 6, new(2026, 11, 25), new(2026, 11, 26), 3, "u-2", [new("MaterialsRequest", "6")]), CandidateReason.RequestUnanswered, "ST-3" },
        { new UnacknowledgedEmergencyFact(9, Now.AddHours(-1), null, 3, "u-3", [new("Incident", "9")]), CandidateReason.EmergencyNotAcknowledged, "ST-7" },
    };

    [Theory]
    [MemberData(nameof(Detectable))]
    public void Find_FactShowingFailure_ProposesOneCandidateWithEvidence(AccountabilityFact fact, CandidateReason reason, string ground)
    {
        var candidates = AccountabilityCandidates.Find([fact, fact], Today, Now);

        var candidate = Assert.Single(candidates);
        Assert.Equal(reason, candidate.Reason);
        Assert.Equal(ground, candidate.SuggestedGroundCode);
        Assert.Equal(fact.Key, candidate.Key);
        Assert.Equal(fact.UserId, candidate.UserId);
        Assert.Equal(fact.Evidence, candidate.Evidence);
        Assert.False(string.IsNullOrWhiteSpace(candidate.Description));
    }

    public static TheoryData<AccountabilityFact> NotYetFailures => new()
    {
        // The last day ends at 24:00 (Civil Code art. 203): due today is not overdue.
        new OverdueSheetFact(12, Today, null, false, 3, "u-1", Sheet),
        new OverdueSheetFact(13, new(2026, 11, 20), new(2026, 11, 20), false, 3, "u-1", Sheet),
        new UnansweredRequestFact(SupervisionRequestKind.ReportRequest, 4, Today, null, 3, "u-2", []),
        new UnansweredRequestFact(SupervisionRequestKind.ReportRequest, 5, new(2026, 11, 25), new(2026, 11, 25), 3, "u-2", []),
        new UnacknowledgedEmergencyFact(9, Now.AddHours(1), null, 3, "u-3", []),
        new UnacknowledgedEmergencyFact(10, Now.AddHours(-1), Now.AddHours(-2), 3, "u-3", []),
    };

    [Theory]
    [MemberData(nameof(NotYetFailures))]
    public void Find_FactWithinItsDeadline_ProposesNothing(AccountabilityFact fact) =>
        Assert.Empty(AccountabilityCandidates.Find([fact], Today, Now));

    [Fact]
    public void Find_OverdueWithPendingExtension_IsStillACandidate()
    {
        var fact = new OverdueSheetFact(12, new(2026, 11, 20), null, HasPendingExtension: true, 3, "u-1", Sheet);

        var candidate = Assert.Single(AccountabilityCandidates.Find([fact], Today, Now));

        Assert.Contains("延期申请尚未批准", candidate.Description, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 21), candidate.OccurredOn);
    }

    [Fact]
    public void Regulation_Catalogue_HasSixHeadAndSevenStaffGrounds()
    {
        Assert.Equal(6, AccountabilityGrounds.Regulation.Count(g => g.Subject == AccountabilitySubject.DepartmentHead));
        Assert.Equal(7, AccountabilityGrounds.Regulation.Count(g => g.Subject == AccountabilitySubject.Staff));
        Assert.Equal(13, AccountabilityGrounds.Regulation.Select(g => g.Code).Distinct().Count());
    }
}
