using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Zongzhi.Data;
using Zongzhi.Platform;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Reliability;

/// <summary>D1 at start: the app checks SQLite's WAL + synchronous=FULL and PostgreSQL's synchronous_commit and fsync, and refuses unsafe ones.</summary>
public sealed class DurabilityCheckTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task TheAppsOwnConnections_AreDurable(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        await using var scope = app.Scope();
        Assert.Empty(await DurabilityCheck.FindProblemsAsync(scope.ServiceProvider.GetRequiredService<ZongzhiDb>(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Postgres_WithSynchronousCommitOff_RefusesToStart()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var unsafeConnection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Options = "-c synchronous_commit=off" }.ConnectionString;
        string[] settings = ["--Zongzhi:Database=postgres", $"--ConnectionStrings:Zongzhi={unsafeConnection}", "--Zongzhi:Demo=false",
            $"--Zongzhi:Privacy:KeyFile={Path.Combine(Path.GetTempPath(), "zongzhi-tests", "keys", Guid.NewGuid().ToString("N") + ".key")}"];
        if (Environment.GetEnvironmentVariable("ZONGZHI_TEST_ENSURE_CREATED") == "1")
        {
            settings = [.. settings, "--Zongzhi:Schema=EnsureCreated"];
        }

        using (var host = global::Zongzhi.Cli.CliHost.Build(settings))
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => WebApp.InitializeAsync(host.Services, TestContext.Current.CancellationToken));
            Assert.Contains("synchronous_commit", refused.Message, StringComparison.Ordinal);
        }

        // An explicit, named override turns the refusal into a warning (throw-away databases only).
        using (var host = global::Zongzhi.Cli.CliHost.Build([.. settings, $"--{DurabilityCheck.AllowUnsafeSetting}=true"]))
        {
            await WebApp.InitializeAsync(host.Services, TestContext.Current.CancellationToken);
        }

        NpgsqlConnection.ClearAllPools();
    }
}
