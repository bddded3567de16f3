namespace Zongzhi.Domain.Accountability;

/// <summary>回访当事人不满意 (§一: the goal is that the party is satisfied, 让当事人满意).</summary>
/// <param name="CallbackId">The callback that recorded dissatisfaction.</param>
/// <param name="CalledBackOn">The day of the callback.</param>
/// <param name="DepartmentId">The department that handled the matter.</param>
/// <param name="UserId">Its handler.</param>
/// <param name="Evidence">The matter and the callback.</param>
public sealed record UnsatisfiedCallbackFact(long CallbackId, DateOnly CalledBackOn, long? DepartmentId, string? UserId, IReadOnlyList<EvidenceLink> Evidence)
    : AccountabilityFact(DepartmentId, UserId, Evidence)
{
    /// <inheritdoc/>
    public override string Key => $"unsatisfied:Callback:{CallbackId}";
}
