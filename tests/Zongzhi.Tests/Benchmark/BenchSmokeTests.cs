using System.Text.Json;
using Npgsql;
using Zongzhi.Tests.Cli;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Benchmark;

/// <summary>
/// A 10k smoke run of <c>zongzhi bench</c> as CI runs it: seeding, the server as a child process, every measurement
/// step with short load steps. No timing is asserted (the machine is shared); the results must be written and
/// well-formed, with every step present.
/// </summary>
public sealed class BenchSmokeTests : IDisposable
{
    private static readonly string[] Steps =
    [
        "server-startup", "intake-1-throughput", "intake-8-p99", "intake-32-throughput", "intake-32-p99", "read-8-throughput",
        "board-open-assigned", "search-village-category", "server-peak-rss", "deadline-monitor-backlog-pass", "deadline-monitor-pass", "deadline-monitor-duplicates", "monthly-statistics",
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("zongzhi-bench-").FullName;

    [Fact]
    public Task Bench_Sqlite10k_WritesWellFormedResults() => RunAsync("sqlite");

    [Fact]
    public Task Bench_Postgres10k_WritesWellFormedResults()
    {
        var admin = TestEnvironment.RequirePostgres();
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = "zongzhi_bench_smoke" }.ConnectionString;
        return RunAsync("postgres", "--connection", connection);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task RunAsync(string database, params string[] extra)
    {
        var output = Path.Combine(_directory, "results");
        var result = await ZongzhiProcess.RunAsync(null, null, _directory,
            ["bench", "--db", database, "--matters", "10000", "--seconds", "0.3", "--out", output, "--work-dir", Path.Combine(_directory, "work"), .. extra]);

        Assert.True(result.ExitCode == 0, result.Error);
        var json = Assert.Single(Directory.GetFiles(output, $"*-{database}-10k.json"));
        Assert.True(File.Exists(Path.ChangeExtension(json, ".md")));
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        var names = new List<string>();
        foreach (var row in document.RootElement.EnumerateArray())
        {
            Assert.Equal(["name", "product", "baseline", "unit", "ratio", "target", "pass"], row.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.Number, row.GetProperty("product").ValueKind);
            Assert.Contains(row.GetProperty("pass").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False, JsonValueKind.Null });
            names.Add(row.GetProperty("name").GetString()!);
        }

        Assert.Empty(Steps.Except(names));
        // Every request succeeded (e.g. the clients carry the antiforgery token): a failed step would be measured wrong.
        Assert.DoesNotContain(names, n => n.EndsWith("-failed", StringComparison.Ordinal));
        Assert.Contains("intake-32-throughput", result.Output, StringComparison.Ordinal);
    }
}
