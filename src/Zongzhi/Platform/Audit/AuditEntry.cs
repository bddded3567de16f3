namespace Zongzhi.Platform.Audit;

/// <summary>
/// One entry of the audit trail: who (user, roles), when (UTC), from where (client address), what (entity,
/// action, changed fields). Written in the same transaction as the change it records. Never holds personal data
/// in clear: details name fields, not their values, where the values are personal.
/// Entries form a hash chain (<see cref="AuditChain"/>): <see cref="Hash"/> covers every field and
/// <see cref="PreviousHash"/>, so an edited, inserted or removed entry is found by <c>zongzhi audit verify</c>.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>Position in the chain, 1, 2, 3…; assigned when the entry is saved, unique.</summary>
    public long Sequence { get; set; }

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

    /// <summary>The <see cref="Hash"/> of the entry before this one (64 zeros for the first).</summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>SHA-256 (hex) of the canonical form of this entry (<see cref="AuditHash"/>).</summary>
    public string Hash { get; set; } = "";
}
