using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Platform.Privacy;

/// <summary>
/// Shows one personal value in clear: only to a role allowed to (<c>Zongzhi:Privacy:RevealRoles</c>, default
/// CenterDirector, ReceptionClerk, DisciplineOfficer), only with a reason (≤ 200 characters), and only after the
/// audit entry (entity, field, reason — never the value) is committed. The feature that owns the value loads it
/// (and answers 404 first if the user may not see the record at all).
/// </summary>
public sealed class RevealPersonalData(ZongzhiDb db, AuditTrail audit, IConfiguration configuration)
{
    public const string Action = "personalData.reveal";
    public const string RolesSetting = "Zongzhi:Privacy:RevealRoles";
    public const int ReasonMaxLength = 200;

    public static IReadOnlyList<string> DefaultRoles { get; } = [Roles.CenterDirector, Roles.ReceptionClerk, Roles.DisciplineOfficer];

    public sealed record Request(string EntityType, string EntityId, string Field, string? Reason);

    public bool MayReveal(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var allowed = configuration[RolesSetting] is { Length: > 0 } text
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : DefaultRoles;
        return actor.Roles.Any(allowed.Contains);
    }

    public async Task<Result<string?>> RunAsync(Request request, Func<CancellationToken, Task<string?>> loadValue,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(loadValue);
        if (!MayReveal(audit.Actor))
        {
            return new ForbiddenError("无权查看完整的个人信息");
        }

        if (TextRules.Required("reason", request.Reason, "查看理由", ReasonMaxLength) is { } invalid)
        {
            return invalid;
        }

        var value = await loadValue(cancellationToken);
        audit.Record(request.EntityType, request.EntityId, Action, new { field = request.Field, reason = request.Reason!.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        return value;
    }
}
