using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Zongzhi.Data;

/// <summary>
/// D1 at start: the app refuses to run on a database that would lose acknowledged writes — SQLite not in WAL with
/// synchronous=FULL (or EXTRA), PostgreSQL with synchronous_commit=off or fsync=off. <c>Zongzhi:Durability:AllowUnsafe=true</c>
/// turns the refusal into a warning (a throw-away test database, never an installation).
/// </summary>
public static class DurabilityCheck
{
    public const string AllowUnsafeSetting = "Zongzhi:Durability:AllowUnsafe";

    /// <summary>What is unsafe about the database's settings; empty when nothing is.</summary>
    public static async Task<IReadOnlyList<string>> FindProblemsAsync(ZongzhiDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var problems = new List<string>();
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            if (db.Database.IsNpgsql())
            {
                var synchronousCommit = await ScalarAsync(connection, "SHOW synchronous_commit", cancellationToken);
                if (synchronousCommit == "off")
                {
                    problems.Add("PostgreSQL synchronous_commit=off：已确认的写入可能在数据库崩溃后丢失，应为 on");
                }

                var fsync = await ScalarAsync(connection, "SHOW fsync", cancellationToken);
                if (fsync != "on")
                {
                    problems.Add($"PostgreSQL fsync={fsync}：已确认的写入可能在断电后丢失，应为 on");
                }
            }
            else
            {
                var journal = await ScalarAsync(connection, "PRAGMA journal_mode", cancellationToken);
                if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"SQLite journal_mode={journal}：应为 WAL");
                }

                var synchronous = await ScalarAsync(connection, "PRAGMA synchronous", cancellationToken);
                if (synchronous is not ("2" or "3"))
                {
                    problems.Add($"SQLite synchronous={synchronous}：应为 FULL (2)");
                }
            }
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        return problems;
    }

    /// <summary>Throws when the settings are unsafe, unless <see cref="AllowUnsafeSetting"/> is true (then logs a warning).</summary>
    public static async Task EnforceAsync(ZongzhiDb db, IConfiguration configuration, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(logger);
        var problems = await FindProblemsAsync(db, cancellationToken);
        if (problems.Count == 0)
        {
            return;
        }

        var message = "数据库持久性设置不安全：" + string.Join("；", problems);
        if (configuration.GetValue(AllowUnsafeSetting, false))
        {
            logger.LogWarning("{Message} ({Setting}=true)", message, AllowUnsafeSetting);
            return;
        }

        throw new InvalidOperationException(message + $"。请修正数据库设置（或仅在测试库上设置 {AllowUnsafeSetting}=true）。");
    }

    private static async Task<string> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
