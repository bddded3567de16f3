namespace Zongzhi.Data;

/// <summary>
/// Which database: <c>Zongzhi:Database</c> = <c>sqlite</c> (default, <c>data/zongzhi.db</c>) or <c>postgres</c>, with
/// <c>ConnectionStrings:Zongzhi</c>.
/// </summary>
public sealed record DatabaseOptions(string Provider, string ConnectionString)
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string DefaultSqlite = "Data Source=data/zongzhi.db";

    public bool IsPostgres => Provider == Postgres;

    public static DatabaseOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = (configuration["Zongzhi:Database"] ?? Sqlite).Trim().ToLowerInvariant();
        if (provider is "postgresql" or "npgsql" or "pg")
        {
            provider = Postgres;
        }

        if (provider is not (Sqlite or Postgres))
        {
            throw new InvalidOperationException($"Zongzhi:Database must be '{Sqlite}' or '{Postgres}', not '{provider}'.");
        }

        var connection = configuration.GetConnectionString("Zongzhi");
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = provider == Postgres
                ? throw new InvalidOperationException("Set ConnectionStrings:Zongzhi (or ConnectionStrings__Zongzhi) for PostgreSQL.")
                : DefaultSqlite;
        }

        return new DatabaseOptions(provider, provider == Postgres ? WithSessionDefaults(connection) : connection);
    }

    /// <summary>
    /// PostgreSQL sessions run without JIT compilation and without parallel workers unless the connection string sets its own
    /// <c>Options</c>: the board's and lists' short reads over a large history cross <c>jit_above_cost</c> and the parallel
    /// thresholds on their estimates, and spent 0.5–0.7 s compiling, or about 10 ms starting workers per branch, to read a page
    /// (EXPLAIN ANALYZE and timings on the 1M benchmark database, issue 8: the board 113–154 ms with workers, 65–72 ms without).
    /// The usual advice for many short transactions on few cores; a reporting replica can be given other options.
    /// </summary>
    public static string WithSessionDefaults(string connection)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        if (string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = "-c jit=off -c max_parallel_workers_per_gather=0";
        }

        return builder.ConnectionString;
    }
}
