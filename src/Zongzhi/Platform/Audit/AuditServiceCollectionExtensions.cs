using Zongzhi.Data;

namespace Zongzhi.Platform.Audit;

public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddZongzhiAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditTrail>();
        services.AddSingleton<AuditGroupCommit>();
        services.AddScoped<VerifyAuditChain>();
        services.AddScoped<PurgeExpiredAuditEntries>();
        return services;
    }

    /// <summary>
    /// At every start (after migrations): refuses a retention below 180 days, and (re)creates the append-only
    /// protection of the audit table.
    /// </summary>
    public static async Task ProtectAuditTrailAsync(ZongzhiDb db, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var options = AuditOptions.From(configuration);
        await AuditStoreSql.ProtectAsync(db, options.AppRole, cancellationToken);
    }
}
