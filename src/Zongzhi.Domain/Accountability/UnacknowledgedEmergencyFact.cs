namespace Zongzhi.Domain.Accountability;

/// <summary>重大突发事件未及时确认 (§三4: a major or sudden event is reported immediately and staff are dispatched).</summary>
/// <param name="IncidentId">The information item or incident.</param>
/// <param name="AcknowledgeBy">The instant (UTC) by which it had to be acknowledged.</param>
/// <param name="AcknowledgedAt">When it was acknowledged (UTC), if it was.</param>
/// <param name="DepartmentId">The department notified.</param>
/// <param name="UserId">The person notified.</param>
/// <param name="Evidence">The incident and its notifications.</param>
public sealed record UnacknowledgedEmergencyFact(long IncidentId, DateTime AcknowledgeBy, DateTime? AcknowledgedAt,
    long? DepartmentId, string? UserId, IReadOnlyList<EvidenceLink> Evidence)
    : AccountabilityFact(DepartmentId, UserId, Evidence)
{
    /// <inheritdoc/>
    public override string Key => $"emergency:Incident:{IncidentId}:{UserId}";
}
