namespace Zongzhi.Platform.Audit;

/// <summary>
/// One entry of the audit trail: who (user, roles), when (UTC), from where (client address), what (entity,
/// action, changed fields). Written in the same transaction as the change it records. Never holds personal data
/// in clear: details name fields, not their values, where the values are personal.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    public string Roles { get; set; } = "";

    public string? ClientAddress { get; set; }

    public string EntityType { get; set; } = "";

    public string? EntityId { get; set; }

    public string Action { get; set; } = "";

    /// <summary>JSON: changed fields and other facts of the action.</summary>
    public string? Details { get; set; }
}
