using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Audit;

/// <summary>An audit entry as the auditor sees it (entries hold no personal values, only ids and field names).</summary>
public sealed record AuditEntryView(long Id, long Sequence, DateTime At, string? UserId, string UserName, string Roles,
    string? ClientAddress, string EntityType, string? EntityId, string Action, string? Details)
{
    public static AuditEntryView From(AuditEntry a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.Sequence, a.At, a.UserId, a.UserName, a.Roles, a.ClientAddress, a.EntityType, a.EntityId, a.Action, a.Details);
    }
}
