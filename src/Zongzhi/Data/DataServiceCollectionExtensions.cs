using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Zongzhi.Platform.Privacy;

namespace Zongzhi.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers both providers' contexts; <see cref="ZongzhiDb"/> resolves to the configured one. Options are read
    /// when first resolved, so settings added late (tests, command-line) take effect.
    /// </summary>
    public static IServiceCollection AddZongzhiData(this IServiceCollection services)
    {
        services.AddSingleton(sp => EnsureDirectory(DatabaseOptions.From(sp.GetRequiredService<IConfiguration>())));
        services.AddDbContext<PostgresZongzhiDb>((sp, o) => o.UseNpgsql(sp.GetRequiredService<DatabaseOptions>().ConnectionString)
            .ReplaceService<IModelCacheKeyFactory, PersonalDataModelCacheKeyFactory>().ConfigureWarnings(SkipPendingModelCheck));
        services.AddDbContext<SqliteZongzhiDb>((sp, o) =>
            o.UseSqlite(sp.GetRequiredService<DatabaseOptions>().ConnectionString).AddInterceptors(new SqlitePragmas()).AddInterceptors(SqliteWriteGate.For(sp.GetRequiredService<IConfiguration>()))
                .ReplaceService<IModelCacheKeyFactory, PersonalDataModelCacheKeyFactory>().ConfigureWarnings(SkipPendingModelCheck));
        services.AddScoped<ZongzhiDb>(sp => sp.GetRequiredService<DatabaseOptions>().IsPostgres
            ? sp.GetRequiredService<PostgresZongzhiDb>()
            : sp.GetRequiredService<SqliteZongzhiDb>());
        return services;
    }

    /// <summary>
    /// Migrate() at start-up does not diff the model against the migrations' snapshot (EF does that only while the
    /// pending-model-changes warning is on): that diff builds a second model and cost seconds of every start (issue 8).
    /// MigrationTests assert HasPendingModelChanges() is false for both providers, so a missing migration still fails CI.
    /// </summary>
    private static void SkipPendingModelCheck(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning);

    private static DatabaseOptions EnsureDirectory(DatabaseOptions options)
    {
        if (options.IsPostgres)
        {
            return options;
        }

        var source = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal))
        {
            return options;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return options;
    }
}
