using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;

namespace Zongzhi.Platform.Audit;

/// <summary>
/// The only raw SQL of the platform (STYLE.md §5 allows it for this one mechanism): the chain lock, and the
/// append-only protection of the audit table. UPDATE is always refused; DELETE only for entries older than the
/// cutoff of an open retention window (<see cref="AuditRetentionWindow"/>), which only
/// <see cref="PurgeExpiredAuditEntries"/> opens, inside its own transaction. On PostgreSQL the same holds for the
/// table's owner (a trigger), and a separate application role (<c>Zongzhi:Audit:AppRole</c>) is granted the other
/// tables but only SELECT and INSERT on the audit table (no UPDATE, DELETE or TRUNCATE) and only SELECT on the
/// retention windows.
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

            var schema = await db.Database.SqlQueryRaw<string>(
                """SELECT schemaname AS "Value" FROM pg_tables WHERE tablename = 'AuditEntries'""").FirstAsync(cancellationToken);
            if (!RoleName().IsMatch(schema))
            {
                throw new InvalidOperationException($"The schema '{schema}' of the audit table is not a plain name (a-z, 0-9, _).");
            }

            // The app role works on every table (also those a later migration adds: this runs after each one) but the
            // audit trail, which it may only read and append to, and the retention window, which only the owner's
            // `audit purge` opens. The role and schema names were checked against RoleName() above: plain identifiers,
            // safe to quote into DDL (DDL takes no bind parameters).
#pragma warning disable EF1003
            foreach (var statement in new[]
            {
                $"GRANT USAGE ON SCHEMA \"{schema}\" TO \"{appRole}\"",
                $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \"{schema}\" TO \"{appRole}\"",
                $"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA \"{schema}\" TO \"{appRole}\"",
                $"REVOKE UPDATE, DELETE, TRUNCATE ON \"AuditEntries\" FROM \"{appRole}\"",
                $"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON \"AuditRetentionWindows\" FROM \"{appRole}\"",
                $"GRANT SELECT, INSERT ON \"AuditEntries\" TO \"{appRole}\"",
            })
            {
                await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
            }
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
