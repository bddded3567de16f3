namespace Zongzhi.Domain.Accountability;

/// <summary>汇报要求或调阅材料逾期未答复 (§二 supervising powers ② and ③).</summary>
/// <param name="Kind">Report request or materials request.</param>
/// <param name="RequestId">The request.</param>
/// <param name="DueOn">The date by which it had to be answered.</param>
/// <param name="AnsweredOn">When it was answered, if it was.</param>
/// <param name="DepartmentId">The department asked.</param>
/// <param name="UserId">The person asked.</param>
/// <param name="Evidence">The request and its matter.</param>
public sealed record UnansweredRequestFact(SupervisionRequestKind Kind, long RequestId, DateOnly DueOn, DateOnly? AnsweredOn,
    long? DepartmentId, string? UserId, IReadOnlyList<EvidenceLink> Evidence)
    : AccountabilityFact(DepartmentId, UserId, Evidence)
{
    /// <inheritdoc/>
    public override string Key => $"unanswered:{Kind}:{RequestId}";
}
