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
    /// PostgreSQL sessions run without JIT compilation unless the connection string sets its own <c>Options</c>: the
    /// board's and lists' short queries over a large history cross <c>jit_above_cost</c> on their estimates and spent 0.5–0.7 s
    /// compiling to run for 40 ms (EXPLAIN ANALYZE on the 1M benchmark database, issue 8). The usual advice for OLTP.
    /// </summary>
    public static string WithSessionDefaults(string connection)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        if (string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = "-c jit=off";
        }

        return builder.ConnectionString;
    }
}
