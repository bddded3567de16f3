using System.Security.Claims;
using System.Text.Json;
using Zongzhi.Data;

namespace Zongzhi.Platform.Audit;

/// <summary>
/// Appends audit entries to the unit of work of the current scope, so they commit with the change they record
/// (one SaveChangesAsync). Resolves the actor from the HTTP request, or uses the one set for CLI and jobs.
/// </summary>
public sealed class AuditTrail(ZongzhiDb db, TownClock clock, IHttpContextAccessor http, AuditGroupCommit groupCommit)
{
    private Actor? _actor;

    public Actor Actor => _actor ??= FromHttp(http.HttpContext) ?? Actor.System;

    public void ActAs(Actor actor) => _actor = actor;

    public AuditEntry Record(string entityType, object? entityId, string action, object? details = null)
    {
        var entry = Create(entityType, entityId, action, details);
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>
    /// Records a read that changes nothing else (a view of personal data): the entry is committed to the chain by
    /// <see cref="AuditGroupCommit"/>, together with other requests' views, before this returns. Show the data only
    /// after it has.
    /// </summary>
    public async Task<AuditEntry> RecordReadAsync(string entityType, object? entityId, string action, object? details = null, CancellationToken cancellationToken = default)
    {
        var entry = Create(entityType, entityId, action, details);
        await groupCommit.AppendAsync(entry, cancellationToken);
        return entry;
    }

    private AuditEntry Create(string entityType, object? entityId, string action, object? details)
    {
        var actor = Actor;
        return new AuditEntry
        {
            At = clock.UtcNow(),
            UserId = actor.UserId,
            UserName = actor.UserName,
            Roles = string.Join(',', actor.Roles),
            ClientAddress = actor.ClientAddress,
            EntityType = entityType,
            EntityId = entityId?.ToString(),
            Action = action,
            Details = details is null ? null : JsonSerializer.Serialize(details, JsonOptions),
        };
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static Actor? FromHttp(HttpContext? context)
    {
        if (context is null)
        {
            return null;
        }

        var address = context.Connection.RemoteIpAddress?.ToString();
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return new Actor(null, "anonymous", [], address);
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name ?? "", roles, address);
    }
}
