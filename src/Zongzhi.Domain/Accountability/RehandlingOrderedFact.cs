namespace Zongzhi.Domain.Accountability;

/// <summary>督查部门责令重新办理 (§二 supervising power ①: the result fell short or the party was not satisfied).</summary>
/// <param name="RoundId">The handling round ordered to be redone.</param>
/// <param name="OrderedOn">The day it was ordered.</param>
/// <param name="DepartmentId">承办部门.</param>
/// <param name="UserId">经办人 of the round that fell short.</param>
/// <param name="Evidence">The sheet, the round, the order.</param>
public sealed record RehandlingOrderedFact(long RoundId, DateOnly OrderedOn, long? DepartmentId, string? UserId, IReadOnlyList<EvidenceLink> Evidence)
    : AccountabilityFact(DepartmentId, UserId, Evidence)
{
    /// <inheritdoc/>
    public override string Key => $"rehandling:AssignmentRound:{RoundId}";
}
