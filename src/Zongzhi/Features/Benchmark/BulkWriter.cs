using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using Zongzhi.Data;

namespace Zongzhi.Features.Benchmark;

/// <summary>
/// One of the app's tables as the EF model maps it: its columns in order, and a fresh row with every column at its
/// default (null where nullable, 0/""/false otherwise), so the seeder names only the columns it fills and a column
/// added later by another feature still gets a valid value.
/// </summary>
public sealed class BulkTable
{
    private readonly Dictionary<string, int> _index;
    private readonly object?[] _defaults;

    public BulkTable(ITable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Name = table.Name;
        Columns = [.. table.Columns];
        _index = Columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        _defaults = [.. Columns.Select(DefaultOf)];
    }

    public string Name { get; }

    public IReadOnlyList<IColumn> Columns { get; }

    public List<object?[]> Pending { get; } = [];

    /// <summary>Starts a row (added to <see cref="Pending"/>); set its columns by name.</summary>
    public Row Add()
    {
        var values = (object?[])_defaults.Clone();
        Pending.Add(values);
        return new Row(this, values);
    }

    public int IndexOf(string column) => _index.TryGetValue(column, out var i)
        ? i
        : throw new InvalidOperationException($"Table {Name} has no column {column}.");

    private static object? DefaultOf(IColumn column)
    {
        if (column.IsNullable)
        {
            return null;
        }

        var type = column.ProviderClrType;
        if (type == typeof(string))
        {
            return column.StoreType.EndsWith("[]", StringComparison.Ordinal) ? Array.Empty<string>() : "";
        }

        if (type.IsArray)
        {
            return Array.CreateInstance(type.GetElementType()!, 0);
        }

        return type.IsValueType ? Activator.CreateInstance(type) : "";
    }

    public readonly struct Row(BulkTable table, object?[] values)
    {
        public Row Set(string column, object? value)
        {
            values[table.IndexOf(column)] = value;
            return this;
        }
    }
}

/// <summary>
/// Writes the pending rows of each table fast: on SQLite one prepared INSERT per table inside one transaction per
/// batch; on PostgreSQL one binary COPY per table per batch (Npgsql binary import).
/// </summary>
public abstract class BulkWriter : IAsyncDisposable
{
    public static async Task<BulkWriter> OpenAsync(ZongzhiDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connectionString = db.Database.GetConnectionString()!;
        if (db.Database.IsNpgsql())
        {
            var pg = new NpgsqlConnection(connectionString);
            await pg.OpenAsync(cancellationToken);
            return new PostgresBulkWriter(pg);
        }

        var sqlite = new SqliteConnection(connectionString);
        await sqlite.OpenAsync(cancellationToken);
        await using (var pragma = sqlite.CreateCommand())
        {
            // Seeding is not what is measured: no fsync per batch, foreign keys are consistent by construction.
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-200000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        return new SqliteBulkWriter(sqlite);
    }

    /// <summary>Writes and clears the pending rows of the tables, in the order given (parents first).</summary>
    public abstract Task FlushAsync(IReadOnlyList<BulkTable> tables, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    private sealed class SqliteBulkWriter(SqliteConnection connection) : BulkWriter
    {
        private readonly Dictionary<string, SqliteCommand> _inserts = [];

        public override async Task FlushAsync(IReadOnlyList<BulkTable> tables, CancellationToken cancellationToken)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            foreach (var table in tables)
            {
                if (table.Pending.Count == 0)
                {
                    continue;
                }

                var insert = Insert(table);
                insert.Transaction = transaction;
                foreach (var row in table.Pending)
                {
                    for (var i = 0; i < row.Length; i++)
                    {
                        insert.Parameters[i].Value = ToSqlite(row[i]);
                    }

                    insert.ExecuteNonQuery();
                }

                table.Pending.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
        }

        public override async ValueTask DisposeAsync()
        {
            foreach (var insert in _inserts.Values)
            {
                await insert.DisposeAsync();
            }

            await connection.DisposeAsync();
        }

        private SqliteCommand Insert(BulkTable table)
        {
            if (_inserts.TryGetValue(table.Name, out var insert))
            {
                return insert;
            }

            insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) " +
                $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
            for (var i = 0; i < table.Columns.Count; i++)
            {
                insert.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
            }

            insert.Prepare();
            _inserts[table.Name] = insert;
            return insert;
        }

        // Microsoft.Data.Sqlite binds DateTime, DateOnly, bool and numbers as EF stores them; collections are JSON.
        private static object ToSqlite(object? value) => value switch
        {
            null => DBNull.Value,
            DateTime at => at.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
            long[] numbers => JsonSerializer.Serialize(numbers),
            string[] texts => JsonSerializer.Serialize(texts),
            _ => value,
        };
    }

    private sealed class PostgresBulkWriter(NpgsqlConnection connection) : BulkWriter
    {
        public override async Task FlushAsync(IReadOnlyList<BulkTable> tables, CancellationToken cancellationToken)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var table in tables)
            {
                if (table.Pending.Count == 0)
                {
                    continue;
                }

                var types = table.Columns.Select(c => TypeOf(c.StoreType)).ToArray();
                var copy = $"COPY \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
                await using (var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken))
                {
                    foreach (var row in table.Pending)
                    {
                        await importer.StartRowAsync(cancellationToken);
                        for (var i = 0; i < row.Length; i++)
                        {
                            if (row[i] is null)
                            {
                                await importer.WriteNullAsync(cancellationToken);
                            }
                            else
                            {
                                await importer.WriteAsync(row[i], types[i], cancellationToken);
                            }
                        }
                    }

                    await importer.CompleteAsync(cancellationToken);
                }

                table.Pending.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
        }

        public override ValueTask DisposeAsync() => connection.DisposeAsync();

        private static NpgsqlDbType TypeOf(string storeType)
        {
            var bare = storeType.Split('(')[0].Trim();
            return bare switch
            {
                "bigint" => NpgsqlDbType.Bigint,
                "integer" => NpgsqlDbType.Integer,
                "smallint" => NpgsqlDbType.Smallint,
                "boolean" => NpgsqlDbType.Boolean,
                "timestamp with time zone" => NpgsqlDbType.TimestampTz,
                "timestamp without time zone" => NpgsqlDbType.Timestamp,
                "date" => NpgsqlDbType.Date,
                "bigint[]" => NpgsqlDbType.Array | NpgsqlDbType.Bigint,
                "text[]" => NpgsqlDbType.Array | NpgsqlDbType.Text,
                "jsonb" => NpgsqlDbType.Jsonb,
                "bytea" => NpgsqlDbType.Bytea,
                "double precision" => NpgsqlDbType.Double,
                "numeric" => NpgsqlDbType.Numeric,
                "uuid" => NpgsqlDbType.Uuid,
                _ => NpgsqlDbType.Text,
            };
        }
    }
}

/// <summary>Raw ADO.NET on the benchmark database, for baselines and set-up outside EF.</summary>
public static class RawSql
{
    public static DbConnection Open(ZongzhiDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connectionString = db.Database.GetConnectionString()!;
        DbConnection connection = db.Database.IsNpgsql() ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }
}
