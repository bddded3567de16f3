namespace Zongzhi.Domain.Accountability;

/// <summary>
/// A fact the system holds that may show a failure of duty (可能需要追究责任的事实). Facts are gathered by the
/// features that own them (matters, sheets, supervision, information) and only ever lead to a
/// <see cref="AccountabilityCandidate"/>: the system proposes, a discipline officer decides (SPEC §4).
/// </summary>
/// <param name="DepartmentId">The department concerned, if any.</param>
/// <param name="UserId">The person concerned (经办人、负责人), if known.</param>
/// <param name="Evidence">Links to the records that show the fact.</param>
public abstract record AccountabilityFact(long? DepartmentId, string? UserId, IReadOnlyList<EvidenceLink> Evidence)
{
    /// <summary>A key that names this fact for good, so a candidate opened or dismissed is not proposed again.</summary>
    public abstract string Key { get; }
}
