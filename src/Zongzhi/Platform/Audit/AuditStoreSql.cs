using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;

namespace Zongzhi.Platform.Audit;

/// <summary>
/// The only raw SQL of the platform (STYLE.md §5 allows it for this one mechanism): the chain lock, and the
/// append-only protection of the audit table. UPDATE is always refused; DELETE only for entries older than the
/// cutoff of an open retention window (<see cref="AuditRetentionWindow"/>), which only
/// <see cref="PurgeExpiredAuditEntries"/> opens, inside its own transaction. On PostgreSQL the same holds for the
/// table's owner (a trigger), and a separate application role (<c>Zongzhi:Audit:AppRole</c>) loses UPDATE, DELETE
/// and TRUNCATE on the table altogether.
/// </summary>
public static partial class AuditStoreSql
{
    // An arbitrary constant naming "the audit chain" among advisory locks (0x5A5A4155444954, "ZZAUDIT" in ASCII).
    private const string LockChain = "SELECT pg_advisory_xact_lock(25431984553871700)";

    private const string SqliteProtection = """
        CREATE TRIGGER IF NOT EXISTS "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
        WHEN NOT EXISTS (SELECT 1 FROM "AuditRetentionWindows" w WHERE OLD."At" < w."DeleteBefore")
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
        """;

    private const string PostgresProtection = """
        CREATE OR REPLACE FUNCTION zongzhi_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM "AuditRetentionWindows" w WHERE OLD."At" < w."DeleteBefore") THEN
            RETURN OLD;
          END IF;
          RAISE EXCEPTION 'audit entries are append-only' USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE OR REPLACE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "AuditEntries"
          FOR EACH ROW EXECUTE FUNCTION zongzhi_audit_append_only();
        CREATE OR REPLACE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "AuditEntries"
          FOR EACH STATEMENT EXECUTE FUNCTION zongzhi_audit_append_only();
        """;

    public static bool IsPostgres(ZongzhiDb db) => db is PostgresZongzhiDb;

    /// <summary>Serialises appends to the chain until the current transaction ends (PostgreSQL; no-op on SQLite).</summary>
    public static async Task LockChainAsync(ZongzhiDb db, CancellationToken cancellationToken)
    {
        if (IsPostgres(db))
        {
            await db.Database.ExecuteSqlRawAsync(LockChain, cancellationToken);
        }
    }

    /// <summary>Creates (idempotently) the triggers, and on PostgreSQL revokes the app role's rights to alter entries.</summary>
    public static async Task ProtectAsync(ZongzhiDb db, string? appRole, CancellationToken cancellationToken)
    {
        if (!IsPostgres(db))
        {
            await db.Database.ExecuteSqlRawAsync(SqliteProtection, cancellationToken);
            return;
        }

        if (!await OwnsAuditTableAsync(db, cancellationToken))
        {
            // A non-owner app role cannot (and need not) install the protection: the owner did at migration.
            return;
        }

        await db.Database.ExecuteSqlRawAsync(PostgresProtection, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEntries" FROM PUBLIC""", cancellationToken);
        if (!string.IsNullOrWhiteSpace(appRole))
        {
            if (!RoleName().IsMatch(appRole))
            {
                throw new InvalidOperationException("Zongzhi:Audit:AppRole must be a plain PostgreSQL role name (a-z, 0-9, _).");
            }

            // The role name was checked against RoleName() above: a plain identifier, safe to quote into DDL
            // (DDL takes no bind parameters).
#pragma warning disable EF1003
            await db.Database.ExecuteSqlRawAsync("REVOKE UPDATE, DELETE, TRUNCATE ON \"AuditEntries\" FROM \"" + appRole + "\"", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("GRANT SELECT, INSERT ON \"AuditEntries\" TO \"" + appRole + "\"", cancellationToken);
#pragma warning restore EF1003
        }
    }

    private static async Task<bool> OwnsAuditTableAsync(ZongzhiDb db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<bool>(
            """SELECT pg_has_role(current_user, tableowner, 'USAGE') AS "Value" FROM pg_tables WHERE tablename = 'AuditEntries'""")
            .FirstOrDefaultAsync(cancellationToken);

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex RoleName();
}
