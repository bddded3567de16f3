using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zongzhi.Tests.Infrastructure;

/// <summary>A fresh, empty database for one test fixture: a temporary SQLite file, or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _adminConnection;
    private readonly string? _sqliteDirectory;

    private TestDatabase(string provider, string connectionString, string? adminConnection, string? sqliteDirectory)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _adminConnection = adminConnection;
        _sqliteDirectory = sqliteDirectory;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A database another fixture made and drops, reached with <paramref name="connectionString"/> (e.g. as another role).</summary>
    public static TestDatabase Existing(string provider, string connectionString) => new(provider, connectionString, null, null);

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var directory = Path.Combine(Path.GetTempPath(), "zongzhi-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            var file = Path.Combine(directory, "zongzhi.db");
            return new TestDatabase(provider, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString(), null, directory);
        }

        var admin = TestEnvironment.RequirePostgres();
        var name = "zz_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, builder.ToString(), admin, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnection is not null)
        {
            var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            try
            {
                await command.ExecuteNonQueryAsync();
            }
            catch (PostgresException)
            {
                // A connection of a role the test role may not end is still open: leave the database behind
                // (its name is unique) rather than fail a test that passed.
            }
        }

        if (_sqliteDirectory is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on another thread; the temp folder is cleaned by the OS.
            }
        }
    }
}
