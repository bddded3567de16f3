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

        return new DatabaseOptions(provider, connection);
    }
}
