using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;

namespace Zongzhi.Tests.Data;

/// <summary>The durability settings hold on a pooled connection opened again, although they are set once per native connection.</summary>
public sealed class SqlitePragmasTests
{
    [Fact]
    public async Task ConnectionOpened_PooledConnectionOpenedAgain_KeepsDurabilitySettings()
    {
        var file = Path.Combine(Path.GetTempPath(), $"zongzhi-pragmas-{Guid.NewGuid():N}.db");
        var connection = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();
        var options = new DbContextOptionsBuilder().UseSqlite(connection).AddInterceptors(new SqlitePragmas()).Options;
        try
        {
            for (var i = 0; i < 3; i++)
            {
                await using var db = new DbContext(options);
                await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);

                Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
                Assert.Equal("2", await PragmaAsync(db, "synchronous"));
                Assert.Equal("1", await PragmaAsync(db, "foreign_keys"));
                Assert.Equal("10000", await PragmaAsync(db, "busy_timeout"));
                await db.Database.CloseConnectionAsync();
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static async Task<string?> PragmaAsync(DbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
