using Microsoft.EntityFrameworkCore;
using Zongzhi.Features.Admin;
using Zongzhi.Features.Calendar;

namespace Zongzhi.Data;

/// <summary>Applies migrations and puts the shipped data in place; run at start and by <c>zongzhi db migrate</c>.</summary>
public sealed class DatabaseInitializer(ZongzhiDb db, SeedShippedCalendar seedCalendar, SeedReferenceData seedReferenceData, Features.Demo.SeedDemoData seedDemoData,
    IConfiguration configuration, ILogger<DatabaseInitializer> logger)
{
    /// <summary>
    /// Development only: <c>Zongzhi:Schema=EnsureCreated</c> builds the schema straight from the model, for work in
    /// progress before its migration is generated. Installations always migrate.
    /// </summary>
    public const string SchemaSetting = "Zongzhi:Schema";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (configuration[SchemaSetting] == "EnsureCreated")
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
        }
        else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            // Only when there is something to apply: on PostgreSQL the app may run as a role that owns nothing
            // (Zongzhi:Audit:AppRole) and may not create even the history table that MigrateAsync ensures; the owner
            // migrates (`zongzhi db migrate`) before it starts.
            await db.Database.MigrateAsync(cancellationToken);
        }

        // D1: refuse to run where an acknowledged write could be lost (SQLite WAL + synchronous=FULL; PostgreSQL
        // synchronous_commit and fsync on).
        await DurabilityCheck.EnforceAsync(db, configuration, logger, cancellationToken);

        // Creates the personal data key file (mode 0600) on first start, before anything needs it.
        _ = Platform.Privacy.PersonalDataColumns.FindProtector(db)?.Ring;
        await Platform.Audit.AuditServiceCollectionExtensions.ProtectAuditTrailAsync(db, configuration, cancellationToken);
        await seedCalendar.RunAsync(cancellationToken);
        await Features.Accountability.SeedAccountabilityGrounds.RunAsync(db, cancellationToken);
        await seedReferenceData.RunAsync(cancellationToken);
        if (Platform.DemoMode.IsOn(configuration))
        {
            await seedDemoData.RunAsync(cancellationToken);
        }
    }
}
