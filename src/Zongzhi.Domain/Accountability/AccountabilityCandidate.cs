namespace Zongzhi.Domain.Accountability;

/// <summary>
/// A proposal to look into someone's conduct (责任追究线索), never a decision: a discipline officer opens a record
/// from it or dismisses it with a reason.
/// </summary>
/// <param name="Key">The fact's permanent key (<see cref="AccountabilityFact.Key"/>).</param>
/// <param name="Reason">What was detected.</param>
/// <param name="SuggestedGroundCode">The catalogue ground that most likely applies (the officer may choose another).</param>
/// <param name="DepartmentId">The department concerned.</param>
/// <param name="UserId">The person concerned.</param>
/// <param name="OccurredOn">The day the failure became visible (deadline passed, order given, callback made).</param>
/// <param name="Description">What happened, in Chinese, without personal data.</param>
/// <param name="Evidence">Links to the records that show it.</param>
public sealed record AccountabilityCandidate(string Key, CandidateReason Reason, string SuggestedGroundCode, long? DepartmentId,
    string? UserId, DateOnly OccurredOn, string Description, IReadOnlyList<EvidenceLink> Evidence);
