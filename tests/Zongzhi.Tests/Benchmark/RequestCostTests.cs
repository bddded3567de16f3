using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Benchmark;

/// <summary>
/// What one intake and one read cost in database commands (the EF command log), so waste that creeps back in (a
/// repeated user look-up, a re-read of the sign-in stamp) fails here instead of only showing in the benchmark.
/// </summary>
public sealed class RequestCostTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task RegisterAndRead_SteadyState_IssueFewCommands(string provider)
    {
        var log = new CommandLog();
        await using var app = await ZongzhiAppFactory.CreateAsync(provider, services => services.AddLogging(b =>
        {
            b.AddProvider(log);
            b.AddFilter<CommandLog>("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
        }));
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        await app.ClientForAsync(Roles.CenterDirector);
        long id = 0;
        for (var i = 0; i < 3; i++)
        {
            using var warm = await clerk.PostAsJsonAsync("/api/matters", town.Visit(), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, warm.StatusCode);
            id = (await warm.Content.ReadFromJsonAsync<IdOnly>(TestContext.Current.CancellationToken))!.Id;
            using var read = await clerk.GetAsync($"/api/matters/{id}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        var (register, registerCpu) = await MeasureAsync(log, 20, async () =>
        {
            using var response = await clerk.PostAsJsonAsync("/api/matters", town.Visit(), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        });
        var (get, getCpu) = await MeasureAsync(log, 20, async () =>
        {
            using var response = await clerk.GetAsync($"/api/matters/{id}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });

        var report = new System.Text.StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{provider}: POST /api/matters {register.Count / 20.0:0.#} commands, {registerCpu:0.00} ms CPU (in-process, client included); GET /api/matters/{{id}} {get.Count / 20.0:0.#} commands, {getCpu:0.00} ms CPU");
        foreach (var (name, commands) in new[] { ("POST", register), ("GET", get) })
        {
            foreach (var (text, count) in commands.GroupBy(c => c).Select(g => (g.Key, g.Count())))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  {name} {count / 20.0:0.#} × {text}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        // ZONGZHI_REQUEST_COST=file appends the per-request command list there (to look for waste).
        if (Environment.GetEnvironmentVariable("ZONGZHI_REQUEST_COST") is { Length: > 0 } file)
        {
            await File.AppendAllTextAsync(file, report.ToString(), TestContext.Current.CancellationToken);
        }

        Assert.InRange(register.Count / 20.0, 1, MaxRegisterCommands);
        Assert.InRange(get.Count / 20.0, 1, MaxReadCommands);
    }

    private const double MaxRegisterCommands = 14;
    private const double MaxReadCommands = 8;

    private static async Task<(List<string> Commands, double CpuMsPerRequest)> MeasureAsync(CommandLog log, int count, Func<Task> request)
    {
        log.Commands.Clear();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < count; i++)
        {
            await request();
        }

        var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return ([.. log.Commands], spent.TotalMilliseconds / count);
    }

    private sealed record IdOnly(long Id);

    private sealed class CommandLog : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Commands { get; } = new();

        public ILogger CreateLogger(string categoryName) => categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? this : NullLogger;

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted.Id && state is IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                var text = values.FirstOrDefault(v => v.Key == "commandText").Value as string ?? "";
                Commands.Enqueue(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        private static readonly ILogger NullLogger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    }
}
