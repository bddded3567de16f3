namespace Zongzhi.Domain.Information;

/// <summary>
/// One recipient of an emergency report (重大突发事件报告) and their acknowledgement (确认收悉): the town's party and
/// government leaders, the center's leaders and the higher departments are told at once (信息收集通报制度（二）4),
/// each recipient once, and each acknowledges once.
/// </summary>
public sealed class EmergencyAcknowledgement
{
    private EmergencyAcknowledgement()
    {
        UserId = "";
    }

    internal EmergencyAcknowledgement(string userId, DateTime notifiedAt)
    {
        UserId = userId;
        NotifiedAt = notifiedAt;
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>The recipient.</summary>
    public string UserId { get; private set; }

    /// <summary>When the report was sent to them (UTC).</summary>
    public DateTime NotifiedAt { get; private set; }

    /// <summary>When they acknowledged it (UTC), if they have.</summary>
    public DateTime? AcknowledgedAt { get; private set; }

    internal void Acknowledge(DateTime now) => AcknowledgedAt = now;
}
