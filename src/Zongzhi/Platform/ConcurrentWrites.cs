using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Zongzhi.Platform;

/// <summary>
/// Two concurrent actions on one matter normally collide on the matter's version (409 via Features.Matters.MatterWork).
/// On PostgreSQL the loser can instead collide first on a unique index its rows share with the winner's — the
/// notification of the same event (one DedupKey) — which is the same staleness and answers the same 409.
/// </summary>
public static class ConcurrentWrites
{
    public static async Task<IResult> GuardAsync(Func<Task<IResult>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return await work();
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            return Problems.Stale();
        }
    }

    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode == 2067,
        _ => false,
    };
}
