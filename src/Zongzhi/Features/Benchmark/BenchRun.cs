using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Admin;
using Zongzhi.Features.Calendar;
using Zongzhi.Features.Information;
using Zongzhi.Features.Supervision;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Benchmark;

/// <summary>What <c>zongzhi bench</c> was asked to do.</summary>
public sealed record BenchOptions(string Database, int Matters, string? Connection, string? Compare, string Out, double Seconds, string WorkDirectory, bool WriteGate);

/// <summary>
/// <c>zongzhi bench</c>: builds a fresh benchmark database, seeds it, starts the built app as a child process
/// (<c>serve</c> on 127.0.0.1, a free port) and measures it from this process over loopback, each product figure
/// beside its raw-database baseline at the same concurrency; writes bench/results/&lt;date&gt;-&lt;db&gt;-&lt;size&gt;.json and .md.
/// </summary>
public static class BenchRun
{
    public const string Password = "Bench#2026-Zongzhi";
    private const string RawTable = "BenchRawInserts";

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var postgres = options.Database == DatabaseOptions.Postgres;
        var loadAtStart = LoadAverage();
        var runClock = Stopwatch.StartNew();
        Directory.CreateDirectory(options.WorkDirectory);
        var size = SizeLabel(options.Matters);
        var keyFile = Path.GetFullPath(Path.Combine(options.WorkDirectory, $"bench-{options.Database}-{size}.key"));
        File.Delete(keyFile);
        var connection = postgres ? await ResetPostgresAsync(options, size, cancellationToken) : ResetSqlite(options, size);
        var settings = new Dictionary<string, string>
        {
            ["Zongzhi:Database"] = options.Database,
            ["ConnectionStrings:Zongzhi"] = connection,
            [Platform.Privacy.PersonalDataKeySource.KeyFileSetting] = keyFile,
            [DemoMode.Setting] = "false",
            ["Zongzhi:DeadlineMonitor:Enabled"] = "false",
            ["Zongzhi:Sqlite:WriteGate"] = options.WriteGate ? "true" : "false",
        };
        if (Environment.GetEnvironmentVariable("Zongzhi__Schema") is { Length: > 0 } schema)
        {
            settings[DatabaseInitializer.SchemaSetting] = schema;
        }

        using var host = Cli.CliHost.Build([.. settings.Select(s => $"--{s.Key}={s.Value}")]);
        await WebApp.InitializeAsync(host.Services, cancellationToken);
        var results = new List<BenchResult>();
        var clock = host.Services.GetRequiredService<TownClock>();

        // 1. Seed.
        BenchSeeder.People people;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<AuditTrail>().ActAs(Actor.Cli);
            people = await PrepareTownAsync(scope.ServiceProvider, cancellationToken);
            var seeded = await ActivatorUtilities.CreateInstance<BenchSeeder>(scope.ServiceProvider).RunAsync(options.Matters, people, new ProgressBar(), cancellationToken);
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"\n已写入 {seeded.Matters} 件事项，共 {seeded.Rows} 行，用时 {seeded.Elapsed.TotalSeconds:0.0} 秒（{seeded.Rows / seeded.Elapsed.TotalSeconds:0} 行/秒）"));
            await CreateRawTableAsync(scope.ServiceProvider.GetRequiredService<ZongzhiDb>(), cancellationToken);
        }

        var duration = TimeSpan.FromSeconds(options.Seconds);
        var maxOperations = (long)Math.Max(200, options.Seconds * 20000);
        long villageId;
        string category;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ZongzhiDb>();
            villageId = await db.Villages.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync(cancellationToken);
            category = await db.DisputeCategories.OrderBy(c => c.SortOrder).Select(c => c.Code).FirstAsync(cancellationToken);
        }

        // 2. The server: start-up time, then load over loopback from this process.
        results.AddRange(await StartupTimesAsync(settings, cancellationToken));
        await using (var server = await BenchServer.StartAsync(settings, cancellationToken))
        {
            using var clerk = await server.ClientAsync("bench.clerk", cancellationToken);
            using var director = await server.ClientAsync("bench.director", cancellationToken);
            var intakeBody = IntakeBody(villageId, category, clock);
            foreach (var clients in new[] { 1, 8, 32 })
            {
                await Console.Error.WriteLineAsync($"登记（HTTP POST）{clients} 个客户端…");
                var cpuBefore = server.CpuMs;
                var product = await LoadGenerator.RunAsync(clients, duration, maxOperations, async (_, ct) =>
                {
                    using var response = await clerk.PostAsJsonAsync("/api/matters", intakeBody, ct);
                    return await SucceededAsync(response, HttpStatusCode.Created, ct);
                }, cancellationToken);
                await Report("product", product);
                results.Add(CpuPerRequest($"intake-{clients}-server-cpu", server.CpuMs - cpuBefore, product));
                var raw = await RawInsertAsync(connection, postgres, clients, duration, maxOperations, cancellationToken);
                await Report("raw insert", raw);
                var pgbench = postgres ? await PgBench.InsertTpsAsync(connection, RawTable, clients, options.Seconds, options.WorkDirectory, cancellationToken) : null;
                var minRatio = clients == 32 ? (postgres ? 0.30 : 0.20) : (double?)null;
                results.Add(BenchResult.Rate($"intake-{clients}-throughput", product.PerSecond, pgbench ?? raw.PerSecond, "req/s", minRatio));
                results.Add(BenchResult.Time($"intake-{clients}-p50", product.P50Ms, raw.P50Ms, "ms", null));
                var p99Limit = (postgres && clients == 8) || (!postgres && clients == 32) ? 50 : (double?)null;
                results.Add(BenchResult.Time($"intake-{clients}-p99", product.P99Ms, raw.P99Ms, "ms", p99Limit));
                if (product.Failed > 0)
                {
                    results.Add(new BenchResult($"intake-{clients}-failed", product.Failed, null, "requests", null, "0", false));
                }
            }

            await Console.Error.WriteLineAsync("读取事项详情（HTTP GET，8 个客户端）…");
            var maxId = options.Matters;
            var readCpuBefore = server.CpuMs;
            var read = await LoadGenerator.RunAsync(8, duration, maxOperations, async (_, ct) =>
            {
                using var response = await director.GetAsync($"/api/matters/{Random.Shared.Next(1, maxId + 1)}", ct);
                return await SucceededAsync(response, HttpStatusCode.OK, ct);
            }, cancellationToken);
            await Report("product", read);
            results.Add(CpuPerRequest("read-8-server-cpu", server.CpuMs - readCpuBefore, read));
            var pk = await RawSelectAsync(connection, postgres, 8, duration, maxOperations, maxId, cancellationToken);
            await Report("primary-key select", pk);
            results.Add(BenchResult.Rate("read-8-throughput", read.PerSecond, pk.PerSecond, "req/s", 0.30));
            results.Add(BenchResult.Time("read-8-p99", read.P99Ms, pk.P99Ms, "ms", null));

            await Console.Error.WriteLineAsync("查询第一页…");
            foreach (var (name, query, where) in SearchCases(villageId, category))
            {
                var product = await LoadGenerator.MedianMsAsync(15, async () =>
                {
                    using var response = await director.GetAsync("/api/matters?pageSize=20&" + query, cancellationToken);
                    response.EnsureSuccessStatusCode();
                });
                var baseline = await RawMedianMsAsync(connection, postgres, 15, SearchSql(where), cancellationToken);
                results.Add(BenchResult.Time(name, product, baseline, "ms", 100));
            }

            server.Refresh();
            results.Add(BenchResult.Time("server-peak-rss", server.PeakRssMb, null, "MB", 300));
        }

        // 3. In-process: the supervision board's own query, jobs and reports on the same database.
        await Console.Error.WriteLineAsync("督办看板第一页（BoardQuery）…");
        foreach (var (name, filter) in new (string, BoardQuery.Filter)[]
        {
            ("board-query-first-page", new BoardQuery.Filter(null, null, null, null, null, null)),
            ("board-query-overdue-center", new BoardQuery.Filter(null, null, null, SupervisionTrack.Center, null, BoardQuery.Light.Red)),
        })
        {
            var board = await LoadGenerator.MedianMsAsync(5, async () =>
            {
                await using var scope = host.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ZongzhiDb>();
                var user = await CurrentUser.LoadAsync(db, people.DirectorIds[0], cancellationToken) ?? throw new InvalidOperationException("No bench director.");
                await scope.ServiceProvider.GetRequiredService<BoardQuery>().RunAsync(user, filter, cancellationToken);
            });
            results.Add(BenchResult.Time(name, board, null, "ms", 100));
        }

        await Console.Error.WriteLineAsync("期限监控一轮…");
        results.AddRange(await DeadlineMonitorAsync(host.Services, connection, postgres, clock, cancellationToken));
        await Console.Error.WriteLineAsync("月度统计…");
        results.AddRange(await MonthlyStatisticsAsync(host.Services, connection, postgres, clock, cancellationToken));
        results.AddRange(Growth(results, options, size));

        // The machine is shared: the load around the run says how far the figures are from an idle machine's.
        var loadAtEnd = LoadAverage();
        if (loadAtStart is not null && loadAtEnd is not null)
        {
            results.Add(new BenchResult("machine-load-1min-start", loadAtStart[0], null, "load", null, null, null));
            results.Add(new BenchResult("machine-load-1min-end", loadAtEnd[0], null, "load", null, null, null));
        }

        results.Add(new BenchResult("bench-run-duration", Math.Round(runClock.Elapsed.TotalMinutes, 1), null, "min", null, null, null));

        var stem = $"{clock.Today():yyyy-MM-dd}-{options.Database}-{size}";
        var heading = string.Create(CultureInfo.InvariantCulture,
            $"zongzhi bench --db {options.Database} --matters {options.Matters} ({clock.Today():yyyy-MM-dd}, {Environment.ProcessorCount} cores, {options.Seconds:0.#} s per load step{(options.WriteGate ? "" : ", SQLite write gate off")}; load average (1/5/15 min) {Describe(loadAtStart)} at start, {Describe(loadAtEnd)} at end)");
        await BenchResult.WriteAsync(options.Out, stem, results, heading, cancellationToken);
        Console.Out.Write(BenchResult.Markdown(results, heading));
        await Console.Error.WriteLineAsync($"结果：{Path.Combine(options.Out, stem)}.json / .md");

        if (options.Compare is { } compare)
        {
            var regressions = BenchResult.Regressions(results, BenchResult.Read(compare));
            foreach (var regression in regressions)
            {
                await Console.Error.WriteLineAsync("退步：" + regression);
            }

            if (regressions.Count > 0)
            {
                return 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Start-up of the server, started and stopped three times after the seeder's writes are flushed to disk (a town
    /// server starts on a quiet machine, not while the kernel writes back gigabytes of a fresh seeding): the median is
    /// the figure with the target, the first start (cold file cache for the database) and the slowest are shown beside it.
    /// </summary>
    private static async Task<List<BenchResult>> StartupTimesAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        await FlushFileSystemAsync(cancellationToken);
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            await using var server = await BenchServer.StartAsync(settings, cancellationToken);
            times.Add(server.StartupMs);
        }

        var sorted = times.Order().ToArray();
        return
        [
            BenchResult.Time("server-startup", sorted[1], null, "ms", 3000),
            BenchResult.Time("server-startup-first", times[0], null, "ms", null),
            BenchResult.Time("server-startup-slowest", sorted[^1], null, "ms", null),
        ];
    }

    private static async Task FlushFileSystemAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false });
            if (sync is not null)
            {
                await sync.WaitForExitAsync(cancellationToken);
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No sync command: the start-up is measured as it comes.
        }
    }

    private static int _failuresShown;

    /// <summary>/proc/loadavg (1, 5 and 15 minutes), or null where there is none.</summary>
    private static double[]? LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private static string Describe(double[]? load) =>
        load is null ? "unknown" : string.Join(" / ", load.Select(v => v.ToString("0.##", CultureInfo.InvariantCulture)));

    private static async Task<bool> SucceededAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        if (response.StatusCode == expected)
        {
            return true;
        }

        if (Interlocked.Increment(ref _failuresShown) <= 3)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            await Console.Error.WriteLineAsync($"  失败：{(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        }

        return false;
    }

    private static Task Report(string what, LoadGenerator.Outcome outcome) => Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
        $"  {what}: {outcome.Completed} ok, {outcome.Failed} failed, {outcome.PerSecond:0.0}/s, p50 {outcome.P50Ms:0.0} ms, p99 {outcome.P99Ms:0.0} ms"));

    public static string SizeLabel(int matters) => matters switch
    {
        >= 1_000_000 when matters % 1_000_000 == 0 => $"{matters / 1_000_000}m",
        >= 1000 when matters % 1000 == 0 => $"{matters / 1000}k",
        _ => matters.ToString(CultureInfo.InvariantCulture),
    };

    private const string IntakePhone = "13912345678";

    private static object IntakeBody(long villageId, string category, TownClock clock) => new
    {
        channel = "Visit",
        receivedAt = new DateTimeOffset(clock.UtcNow().AddMinutes(-30), TimeSpan.Zero),
        parties = new object[]
        {
            new { role = "Complainant", name = "王建国", phone = IntakePhone, idNumber = "33010619800101001" + Domain.Matters.IdCardNumber.ComputeCheckCharacter("33010619800101001"), address = "示范镇一组 12 号" },
            new { role = "Respondent", name = "李志强", phone = "13698765432" },
        },
        villageId,
        category,
        summary = "宅基地界址争议（压测）",
        description = "当事人反映与邻居宅基地界址不清，请求镇综治中心协调处理。",
    };

    // Board-like and search first pages with the filters staff use most; the same query by hand as the baseline.
    private static (string Name, string Query, string Where)[] SearchCases(long villageId, string category) =>
    [
        ("board-open-assigned", "status=Assigned&track=Center", "m.\"Status\" = 'Assigned' AND m.\"Track\" = 'Center'"),
        ("search-village-category", $"villageId={villageId}&category={Uri.EscapeDataString(category)}",
            $"m.\"VillageId\" = {villageId} AND m.\"Category\" = '{category.Replace("'", "''", StringComparison.Ordinal)}'"),
        ("search-closed-letters", "status=Closed&channel=Letter", "m.\"Status\" = 'Closed' AND m.\"Channel\" = 'Letter'"),
    ];

    private static string SearchSql(string where) =>
        "SELECT m.\"Id\", m.\"Number\", m.\"ReceivedAt\", m.\"Channel\", m.\"Category\", m.\"VillageId\", m.\"Summary\", m.\"Status\", m.\"Track\", " +
        "(SELECT p.\"Name\" FROM \"Parties\" p WHERE p.\"MatterId\" = m.\"Id\" AND p.\"Role\" = 'Complainant' ORDER BY p.\"Id\" LIMIT 1) " +
        $"FROM \"Matters\" m WHERE {where} ORDER BY m.\"Id\" DESC LIMIT 21";

    private static async Task<BenchSeeder.People> PrepareTownAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ZongzhiDb>();
        if (!await db.Departments.AnyAsync(cancellationToken))
        {
            string[] names = ["司法所", "派出所", "信访办", "农业农村办", "自然资源所", "劳动保障所", "城建办", "妇联"];
            db.Departments.AddRange(names.Select((n, i) => new Department { Name = n, SortOrder = i + 1 }));
        }

        if (!await db.Villages.AnyAsync(cancellationToken))
        {
            db.Villages.AddRange(Enumerable.Range(1, 20).Select(i => new Village { Name = $"第{i}村", IsCommunity = i > 16, SortOrder = i }));
        }

        await db.SaveChangesAsync(cancellationToken);
        var create = services.GetRequiredService<CreateUser>();
        var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ZongzhiUser>>();
        async Task<string> UserAsync(string name, string display, string role, long? department)
        {
            var result = await create.RunAsync(new CreateUser.Request(name, display, [role], department, null, Password, MustChangePassword: false), cancellationToken);
            return result.IsSuccess ? result.Value!.Id : (await users.FindByNameAsync(name))?.Id ?? throw new InvalidOperationException(result.Error!.Message);
        }

        var clerk = await UserAsync("bench.clerk", "压测登记员", Roles.ReceptionClerk, null);
        string[] directors = [await UserAsync("bench.director", "压测主任", Roles.CenterDirector, null), await UserAsync("bench.director2", "压测副主任", Roles.CenterDirector, null)];
        var handlers = new Dictionary<long, string>();
        foreach (var department in await db.Departments.Where(d => d.IsActive).Select(d => d.Id).ToListAsync(cancellationToken))
        {
            handlers[department] = await UserAsync($"bench.handler{department}", $"压测经办人{department}", Roles.DepartmentHandler, department);
        }

        return new BenchSeeder.People(clerk, directors, handlers);
    }

    private static string ResetSqlite(BenchOptions options, string size)
    {
        var file = Path.GetFullPath(Path.Combine(options.WorkDirectory, $"bench-{size}.db"));
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        return $"Data Source={file}";
    }

    private static async Task<string> ResetPostgresAsync(BenchOptions options, string size, CancellationToken cancellationToken)
    {
        var given = options.Connection ?? Environment.GetEnvironmentVariable("ZONGZHI_BENCH_PG") ?? Environment.GetEnvironmentVariable("ZONGZHI_TEST_PG")
            ?? throw new InvalidOperationException("PostgreSQL: pass --connection \"Host=…;Username=…;Password=…\" (or set ZONGZHI_BENCH_PG).");
        var builder = new NpgsqlConnectionStringBuilder(given);
        var database = string.IsNullOrEmpty(builder.Database) || builder.Database == "postgres" ? $"zongzhi_bench_{size}" : builder.Database;
        var admin = new NpgsqlConnectionStringBuilder(given) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync(cancellationToken);
            drop.CommandText = $"CREATE DATABASE \"{database}\"";
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        builder.Database = database;
        builder.MaxPoolSize = Math.Max(builder.MaxPoolSize, 100);
        // The raw baselines run with the app's session settings (no JIT), so each pair compares like with like.
        return Data.DatabaseOptions.WithSessionDefaults(builder.ConnectionString);
    }

    private static async Task CreateRawTableAsync(ZongzhiDb db, CancellationToken cancellationToken)
    {
        await using var connection = RawSql.Open(db);
        await using var command = connection.CreateCommand();
        command.CommandText = db.Database.IsNpgsql()
            ? $"CREATE TABLE \"{RawTable}\" (\"Id\" bigserial PRIMARY KEY, \"Number\" varchar(50) NOT NULL, \"ReceivedAt\" timestamptz NOT NULL, \"Summary\" varchar(200) NOT NULL, \"Description\" varchar(10000) NOT NULL, \"Status\" varchar(40) NOT NULL)"
            : $"CREATE TABLE \"{RawTable}\" (\"Id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"Number\" TEXT NOT NULL, \"ReceivedAt\" TEXT NOT NULL, \"Summary\" TEXT NOT NULL, \"Description\" TEXT NOT NULL, \"Status\" TEXT NOT NULL)";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<DbConnection> OpenRawAsync(string connection, bool postgres, CancellationToken cancellationToken)
    {
        if (postgres)
        {
            var pg = new NpgsqlConnection(connection);
            await pg.OpenAsync(cancellationToken);
            return pg;
        }

        // The app's own durability settings (SqlitePragmas): WAL, synchronous=FULL, busy timeout.
        var sqlite = new SqliteConnection(connection);
        await sqlite.OpenAsync(cancellationToken);
        await using var pragma = sqlite.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return sqlite;
    }

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>The baseline of intake: one prepared single-row insert of a matter-sized row per operation, autocommit.</summary>
    private static async Task<LoadGenerator.Outcome> RawInsertAsync(string connection, bool postgres, int clients, TimeSpan duration, long max, CancellationToken cancellationToken)
    {
        var commands = new DbCommand[clients];
        var connections = new DbConnection[clients];
        for (var w = 0; w < clients; w++)
        {
            connections[w] = await OpenRawAsync(connection, postgres, cancellationToken);
            var command = commands[w] = connections[w].CreateCommand();
            command.CommandText = $"INSERT INTO \"{RawTable}\" (\"Number\", \"ReceivedAt\", \"Summary\", \"Description\", \"Status\") VALUES (@n, @r, @s, @d, 'Registered')";
            Parameter(command, "@n", "ZZ-2026-000000");
            Parameter(command, "@r", new DateTime(2026, 11, 28, 1, 0, 0, DateTimeKind.Utc));
            Parameter(command, "@s", "宅基地界址争议（压测）");
            Parameter(command, "@d", "当事人反映与邻居宅基地界址不清，请求镇综治中心协调处理。");
            await command.PrepareAsync(cancellationToken);
        }

        try
        {
            return await LoadGenerator.RunAsync(clients, duration, max, async (w, ct) =>
            {
                await commands[w].ExecuteNonQueryAsync(ct);
                return true;
            }, cancellationToken);
        }
        finally
        {
            for (var w = 0; w < clients; w++)
            {
                await commands[w].DisposeAsync();
                await connections[w].DisposeAsync();
            }
        }
    }

    /// <summary>The baseline of reading a matter: a prepared primary-key select of the matter row.</summary>
    private static async Task<LoadGenerator.Outcome> RawSelectAsync(string connection, bool postgres, int clients, TimeSpan duration, long max, int maxId, CancellationToken cancellationToken)
    {
        var commands = new DbCommand[clients];
        var connections = new DbConnection[clients];
        for (var w = 0; w < clients; w++)
        {
            connections[w] = await OpenRawAsync(connection, postgres, cancellationToken);
            var command = commands[w] = connections[w].CreateCommand();
            command.CommandText = "SELECT * FROM \"Matters\" WHERE \"Id\" = @id";
            Parameter(command, "@id", 1L);
            await command.PrepareAsync(cancellationToken);
        }

        try
        {
            return await LoadGenerator.RunAsync(clients, duration, max, async (w, ct) =>
            {
                commands[w].Parameters[0].Value = (long)Random.Shared.Next(1, maxId + 1);
                await using var reader = await commands[w].ExecuteReaderAsync(ct);
                var found = await reader.ReadAsync(ct);
                for (var i = 0; found && i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }

                return found;
            }, cancellationToken);
        }
        finally
        {
            for (var w = 0; w < clients; w++)
            {
                await commands[w].DisposeAsync();
                await connections[w].DisposeAsync();
            }
        }
    }

    private static async Task<double> RawMedianMsAsync(string connection, bool postgres, int runs, string sql, CancellationToken cancellationToken,
        Action<DbCommand>? parameters = null)
    {
        await using var db = await OpenRawAsync(connection, postgres, cancellationToken);
        return await LoadGenerator.MedianMsAsync(runs, async () =>
        {
            await using var command = db.CreateCommand();
            command.CommandText = sql;
            parameters?.Invoke(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            do
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        _ = reader.GetValue(i);
                    }
                }
            }
            while (await reader.NextResultAsync(cancellationToken));
        });
    }

    private static async Task<List<BenchResult>> DeadlineMonitorAsync(IServiceProvider services, string connection, bool postgres, TownClock clock, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        DateOnly horizon;
        await using (var scope = services.CreateAsyncScope())
        {
            var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync(cancellationToken);
            var rules = await scope.ServiceProvider.GetRequiredService<RuleSettingsSource>().GetAsync(cancellationToken);
            horizon = rules.DueSoonWorkingDays == 0 ? today : calendar.AddWorkingDays(today, rules.DueSoonWorkingDays).DueOn;
        }

        const string due = "SELECT d.* FROM \"Deadlines\" d WHERE d.\"MetOn\" IS NULL AND d.\"DueOn\" <= @h AND NOT EXISTS (SELECT 1 FROM \"DeadlineAlerts\" a " +
            "WHERE a.\"DeadlineId\" = d.\"Id\" AND a.\"DueOn\" = d.\"DueOn\" AND ((d.\"DueOn\" < @t AND a.\"Kind\" = 'Overdue') OR (d.\"DueOn\" >= @t AND a.\"Kind\" = 'DueSoon')))";
        var baseline = await RawMedianMsAsync(connection, postgres, 3, due, cancellationToken, c =>
        {
            Parameter(c, "@h", horizon);
            Parameter(c, "@t", today);
        });
        // 1. The cold backlog: the seed holds years of deadlines and no alert at all, as if the monitor had never run.
        //    Its pass for yesterday's date announces every fact due by then — the history a running monitor would
        //    have written up to the last pass before midnight. Measured, no target: it happens once, at installation.
        var (backlog, backlogMs) = await PassAsync(services, today.AddDays(-1), cancellationToken);
        // 2. The first pass of the day (the measured figure): everything that became due at midnight — yesterday's
        //    last days now overdue, the new due-soon window, unsigned sheets — announced once. The heaviest of the
        //    day's passes in steady state.
        var (first, ms) = await PassAsync(services, today, cancellationToken);
        // 3. The next pass finds everything announced: what the monitor costs every few minutes during the day.
        var (_, steadyMs) = await PassAsync(services, today, cancellationToken);

        // Each fact is announced once: no (user, dedup key) twice, no deadline alerted twice for the same last day.
        await using var db = await OpenRawAsync(connection, postgres, cancellationToken);
        await using var check = db.CreateCommand();
        check.CommandText = "SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM \"Notifications\" GROUP BY \"UserId\", \"DedupKey\" HAVING COUNT(*) > 1) x) + " +
            "(SELECT COUNT(*) FROM (SELECT 1 FROM \"DeadlineAlerts\" GROUP BY \"DeadlineId\", \"Kind\", \"DueOn\" HAVING COUNT(*) > 1) y)";
        var duplicates = Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await Console.Error.WriteLineAsync($"期限监控：积压首轮 {backlog.Examined} 个期限，{backlog.Alerts} 条提醒，{backlog.Notifications} 条通知，{backlogMs:0} ms；" +
            $"当日首轮 {first.Examined} 个期限，{first.Alerts} 条提醒，{first.Notifications} 条通知，{ms:0} ms");
        return
        [
            BenchResult.Time("deadline-monitor-backlog-pass", backlogMs, baseline, "ms", null),
            new BenchResult("deadline-monitor-backlog-alerts", backlog.Alerts, backlog.Examined, "alerts", null, null, null),
            new BenchResult("deadline-monitor-backlog-notifications", backlog.Notifications, null, "notifications", null, null, null),
            BenchResult.Time("deadline-monitor-pass", ms, baseline, "ms", 1000),
            BenchResult.Time("deadline-monitor-next-pass", steadyMs, baseline, "ms", null),
            new BenchResult("deadline-monitor-alerts", first.Alerts, first.Examined, "alerts", null, null, null),
            new BenchResult("deadline-monitor-notifications", first.Notifications, null, "notifications", null, null, null),
            new BenchResult("deadline-monitor-duplicates", duplicates, null, "rows", null, "0", duplicates == 0),
        ];
    }

    private static BenchResult CpuPerRequest(string name, double cpuMs, LoadGenerator.Outcome outcome) =>
        new(name, Math.Round(cpuMs / Math.Max(1, outcome.Completed + outcome.Failed), 3), null, "ms CPU/request", null, null, null);

    private static async Task<(SweepDeadlines.Outcome Outcome, double Ms)> PassAsync(IServiceProvider services, DateOnly today, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditTrail>().ActAs(Actor.System);
        var outcome = await scope.ServiceProvider.GetRequiredService<SweepDeadlines>().RunAsync(today, cancellationToken);
        return (outcome, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static async Task<List<BenchResult>> MonthlyStatisticsAsync(IServiceProvider services, string connection, bool postgres, TownClock clock, CancellationToken cancellationToken)
    {
        var month = ReportMonth.Of(clock.Today()).Previous;
        var product = await LoadGenerator.MedianMsAsync(3, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MonthlyStatistics>().RunAsync(month, cancellationToken);
        });

        // The same aggregates by hand (the two tiny lookups of village reports and village names left out).
        static string Core(string m) =>
            $"SELECT COUNT(*) FROM \"Matters\" WHERE \"ReceivedAt\" >= @from{m} AND \"ReceivedAt\" < @to{m}; " +
            $"SELECT COUNT(*) FROM \"MatterEvents\" WHERE \"Kind\" = 'Accepted' AND \"At\" >= @from{m} AND \"At\" < @to{m}; " +
            $"SELECT COUNT(*) FROM \"Matters\" WHERE \"ClosedAt\" >= @from{m} AND \"ClosedAt\" < @to{m}; " +
            $"SELECT COUNT(*), SUM(CASE WHEN \"Source\" = 'MajorIncident' THEN 1 ELSE 0 END) FROM \"InformationItems\" WHERE \"RegisteredAt\" >= @from{m} AND \"RegisteredAt\" < @to{m}; ";
        var sql =
            "SELECT \"Channel\", COUNT(*) FROM \"Matters\" WHERE \"ReceivedAt\" >= @from0 AND \"ReceivedAt\" < @to0 GROUP BY \"Channel\"; " +
            "SELECT \"Category\", COUNT(*) FROM \"Matters\" WHERE \"ReceivedAt\" >= @from0 AND \"ReceivedAt\" < @to0 GROUP BY \"Category\"; " +
            "SELECT \"VillageId\", COUNT(*) FROM \"Matters\" WHERE \"ReceivedAt\" >= @from0 AND \"ReceivedAt\" < @to0 AND \"VillageId\" IS NOT NULL GROUP BY \"VillageId\"; " +
            "SELECT SUM(CASE WHEN \"MetOn\" <= \"OriginalDueOn\" THEN 1 ELSE 0 END), SUM(CASE WHEN \"MetOn\" > \"OriginalDueOn\" THEN 1 ELSE 0 END) FROM \"Deadlines\" " +
            "WHERE \"Subject\" IN ('AssignmentRound', 'LeaderCase') AND \"MetOn\" >= @first AND \"MetOn\" <= @last; " +
            "SELECT COUNT(*), SUM(CASE WHEN \"Satisfaction\" <> 'Unsatisfied' THEN 1 ELSE 0 END) FROM \"Callbacks\" WHERE \"CalledBackOn\" >= @first AND \"CalledBackOn\" <= @last; " +
            "SELECT COUNT(*) FROM \"AssignmentRounds\" WHERE \"RoundNumber\" > 1 AND \"StartedOn\" >= @first AND \"StartedOn\" <= @last; " +
            "SELECT COUNT(*) FROM \"LeaderCases\" WHERE \"AssignedAt\" >= @from0 AND \"AssignedAt\" < @to0; " +
            "SELECT COUNT(*) FROM \"LeaderCases\" WHERE \"ClosedAt\" >= @from0 AND \"ClosedAt\" < @to0; " +
            "SELECT COUNT(*), SUM(CASE WHEN \"Status\" = 'Approved' THEN 1 ELSE 0 END) FROM \"ExtensionRequests\" WHERE \"RequestedOn\" >= @first AND \"RequestedOn\" <= @last; " +
            "SELECT \"Source\", COUNT(*) FROM \"InformationItems\" WHERE \"RegisteredAt\" >= @from0 AND \"RegisteredAt\" < @to0 GROUP BY \"Source\"; " +
            Core("0") + Core("1") + Core("2");
        ReportMonth[] months = [month, month.Previous, month.YearEarlier];
        var baseline = await RawMedianMsAsync(connection, postgres, 3, sql, cancellationToken, c =>
        {
            for (var i = 0; i < months.Length; i++)
            {
                Parameter(c, $"@from{i}", clock.StartOfDayUtc(months[i].FirstDay));
                Parameter(c, $"@to{i}", clock.StartOfDayUtc(months[i].Next.FirstDay));
            }

            Parameter(c, "@first", month.FirstDay);
            Parameter(c, "@last", month.LastDay);
        });
        return [BenchResult.Time("monthly-statistics", product, baseline, "ms", 1000, 1.0 / 3)];
    }

    // Board and search first page at this size against the same figures at 10k (cost grows with the page, not the table).
    private static IEnumerable<BenchResult> Growth(List<BenchResult> results, BenchOptions options, string size)
    {
        if (size == "10k" || !Directory.Exists(options.Out))
        {
            yield break;
        }

        var earlier = Directory.GetFiles(options.Out, $"*-{options.Database}-10k.json").Order(StringComparer.Ordinal).LastOrDefault();
        if (earlier is null)
        {
            yield break;
        }

        var small = BenchResult.Read(earlier).ToDictionary(r => r.Name, r => r.Product);
        foreach (var result in results.Where(r => (r.Name.StartsWith("board-", StringComparison.Ordinal) || r.Name.StartsWith("search-", StringComparison.Ordinal)) && !r.Name.EndsWith("-growth-vs-10k", StringComparison.Ordinal)).ToList())
        {
            if (small.TryGetValue(result.Name, out var at10k))
            {
                // ratio = 2 × (10k time) / (this time) ≥ 1 when this size costs at most twice the 10k page.
                var ratio = BenchResult.Round(2 * at10k / Math.Max(result.Product, 0.001));
                yield return new BenchResult($"{result.Name}-growth-vs-10k", result.Product, at10k, "ms", ratio, "product <= 2 × baseline (10k)", result.Product <= 2 * at10k);
            }
        }
    }

    private sealed class ProgressBar : IProgress<(int Done, int Total)>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public void Report((int Done, int Total) value)
        {
            var share = (double)value.Done / value.Total;
            var filled = (int)(share * 30);
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r写入事项 [{new string('#', filled)}{new string('.', 30 - filled)}] {share:P0} {value.Done}/{value.Total} {_clock.Elapsed.TotalSeconds:0} 秒"));
        }
    }
}

/// <summary>The built app started as a child process (<c>serve</c>) on 127.0.0.1 and a free port, against the benchmark database.</summary>
public sealed class BenchServer : IAsyncDisposable
{
    private readonly Process _process;

    private BenchServer(Process process, Uri address, double startupMs)
    {
        _process = process;
        Address = address;
        StartupMs = startupMs;
    }

    public Uri Address { get; }

    public double StartupMs { get; }

    public double PeakRssMb { get; private set; }

    /// <summary>CPU time the server process has used so far (user + system), in ms: per request it does not depend on
    /// how busy the shared machine is, unlike throughput and latency.</summary>
    public double CpuMs
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime.TotalMilliseconds;
        }
    }

    public static async Task<BenchServer> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo
        {
            FileName = Environment.ProcessPath!,
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "zongzhi.dll"));
        }

        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server.");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var health = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromMinutes(2))
            {
                lock (output)
                {
                    throw new InvalidOperationException("The server did not start:\n" + output);
                }
            }

            try
            {
                using var response = await health.GetAsync("/health", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(20, cancellationToken);
        }

        return new BenchServer(process, address, clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>A client signed in as <paramref name="userName"/> over loopback (cookie), pooled for many concurrent requests.</summary>
    public async Task<HttpClient> ClientAsync(string userName, CancellationToken cancellationToken)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            MaxConnectionsPerServer = 64,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = BenchRun.Password }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Login of {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        // Unsafe API requests of a signed-in cookie carry the antiforgery token, as a real client's do.
        using var token = await client.GetAsync("/api/auth/antiforgery", cancellationToken);
        token.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await token.Content.ReadAsStringAsync(cancellationToken));
        client.DefaultRequestHeaders.Add(Platform.Web.ApiAntiforgery.HeaderName, json.RootElement.GetProperty("token").GetString());
        return client;
    }

    /// <summary>Reads the child's peak resident set (VmHWM).</summary>
    public void Refresh()
    {
        _process.Refresh();
        PeakRssMb = _process.PeakWorkingSet64 / 1024.0 / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}

/// <summary>pgbench (from postgresql-contrib) running the raw single-row insert, when installed.</summary>
public static class PgBench
{
    public static async Task<double?> InsertTpsAsync(string connection, string table, int clients, double seconds, string workDirectory, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection);
        var script = Path.GetFullPath(Path.Combine(workDirectory, "pgbench-insert.sql"));
        await File.WriteAllTextAsync(script,
            $"INSERT INTO \"{table}\" (\"Number\", \"ReceivedAt\", \"Summary\", \"Description\", \"Status\") VALUES ('ZZ-2026-000000', now(), '宅基地界址争议（压测）', '当事人反映与邻居宅基地界址不清，请求镇综治中心协调处理。', 'Registered');\n",
            cancellationToken);
        var start = new ProcessStartInfo("pgbench")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-n", "-M", "prepared", "-f", script, "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(clients, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
            "-T", Math.Max(1, (int)Math.Round(seconds)).ToString(CultureInfo.InvariantCulture), "-h", builder.Host ?? "127.0.0.1", "-p", builder.Port.ToString(CultureInfo.InvariantCulture),
            "-U", builder.Username ?? "postgres", builder.Database ?? "postgres",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = builder.Password ?? "";
        try
        {
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("tps = ", StringComparison.Ordinal));
            return line is null ? null : double.Parse(line[6..].Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // not installed: the prepared insert from this process is the baseline
        }
    }
}
