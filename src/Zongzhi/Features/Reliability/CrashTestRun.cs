using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zongzhi.Data;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Admin;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Reliability;

/// <summary>What <c>zongzhi crashtest</c> was asked to do.</summary>
public sealed record CrashTestOptions(string Database, int Cycles, int Clients, double MaxRunSeconds, int Seed, string WorkDirectory, string? Out, bool Keep);

/// <summary>The figures of one crash-test run (written as JSON with <c>--out</c>).</summary>
public sealed class CrashTestReport
{
    public string Database { get; set; } = "";
    public int CyclesRequested { get; set; }
    public int Cycles { get; set; }
    public int Seed { get; set; }
    public int Clients { get; set; }
    public int AppKills { get; set; }
    public int DatabaseKills { get; set; }
    public long Registrations { get; set; }
    public long Updates { get; set; }
    public long Acknowledged { get; set; }
    public long Verified { get; set; }
    public long Lost { get; set; }
    public long Mismatched { get; set; }
    public long InFlightAtKill { get; set; }
    public long InFlightRetriedCommitted { get; set; }
    public long InFlightRetriedCreated { get; set; }
    public long DuplicateNumbers { get; set; }
    public long DuplicateMatters { get; set; }
    public long MissingAuditEntries { get; set; }
    public int IntegrityChecks { get; set; }
    public int AuditChainVerifications { get; set; }
    public int SessionsKeptAcrossRestarts { get; set; }
    public double SlowestStartSeconds { get; set; }
    public double Seconds { get; set; }
    public List<string> Failures { get; set; } = [];

    public bool Passed => Failures.Count == 0 && Lost == 0 && Mismatched == 0 && DuplicateNumbers == 0 && DuplicateMatters == 0 && MissingAuditEntries == 0
        && Cycles == CyclesRequested && Acknowledged > 0 && Verified == Acknowledged;
}

/// <summary>
/// <c>zongzhi crashtest</c> (issue 9, suite 1; D1, D2, D5): starts the built app as a child process on its own database
/// (a temporary SQLite file, or a private PostgreSQL cluster), runs concurrent clients that register matters and move
/// them on (accept, assign) through the HTTP API and log every acknowledged write (2xx, number, content hash), kills the
/// app — and on PostgreSQL the database server — with SIGKILL at a random moment, restarts, and checks that every
/// acknowledged write is present and identical; that SQLite's <c>PRAGMA integrity_check</c> passes; that numbers are
/// unique, every matter has its audit entries and an assigned matter its sheet; that requests in flight at the kill,
/// retried with their Idempotency-Key, yield exactly one matter; and every tenth cycle and at the end that
/// <c>zongzhi audit verify</c> accepts the audit chain.
/// </summary>
public static class CrashTestRun
{
    public const string Password = "Crash#2026-Zongzhi";
    private const string Marker = "崩溃测试";
    private const string ClerkName = "crash.clerk";
    private const string DirectorName = "crash.director";

    // Registered < Accepted < Assigned: the states the clients move a matter through.
    private static readonly string[] States = ["Registered", "Accepted", "Assigned"];

    private static readonly JsonSerializerOptions ReportJson = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(CrashTestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var report = new CrashTestReport { Database = options.Database, CyclesRequested = options.Cycles, Seed = options.Seed, Clients = options.Clients };
        var clock = Stopwatch.StartNew();
        var postgres = options.Database == DatabaseOptions.Postgres;
        var work = Path.Combine(options.WorkDirectory, $"crash-{options.Database}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(work);
        PrivatePostgres? server = null;
        AppProcess? app = null;
        var log = new StreamWriter(Path.Combine(work, "acknowledged.jsonl"), append: false, new UTF8Encoding(false)) { AutoFlush = true };
        try
        {
            string connection;
            if (postgres)
            {
                var bin = PrivatePostgres.FindBin() ?? throw new InvalidOperationException("找不到 PostgreSQL（initdb、pg_ctl）：请安装 postgresql");
                server = await PrivatePostgres.CreateAsync(bin, work, "zongzhi", cancellationToken);
                connection = server.ConnectionString("zongzhi");
                await Console.Error.WriteLineAsync($"PostgreSQL（独立实例）127.0.0.1:{server.Port}，数据目录 {server.Folder}");
            }
            else
            {
                connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(work, "zongzhi.db") }.ConnectionString;
            }

            var settings = new Dictionary<string, string>
            {
                ["Zongzhi:Database"] = options.Database,
                ["ConnectionStrings:Zongzhi"] = connection,
                [Platform.Privacy.PersonalDataKeySource.KeyFileSetting] = Path.Combine(work, "personal-data.key"),
                [DemoMode.Setting] = "false",
                ["Zongzhi:Attachments:Path"] = Path.Combine(work, "attachments"),
            };
            if (Environment.GetEnvironmentVariable("Zongzhi__Schema") is { Length: > 0 } schema)
            {
                settings[DatabaseInitializer.SchemaSetting] = schema;
            }

            var town = await PrepareAsync(settings, cancellationToken);
            var state = new RunState(town, log);
            var random = new Random(options.Seed);
            var port = AppProcess.FreePort();
            var startTimeout = TimeSpan.FromMinutes(6);
            app = await AppProcess.StartAsync(port, settings, startTimeout, cancellationToken);
            using var clerks = new SessionPool(app.Address, ClerkName, options.Clients);
            using var directors = new SessionPool(app.Address, DirectorName, options.Clients);
            await clerks.EnsureAsync(cancellationToken);
            await directors.EnsureAsync(cancellationToken);
            report.SessionsKeptAcrossRestarts = 0;

            for (var cycle = 1; cycle <= options.Cycles; cycle++)
            {
                state.Cycle = cycle;
                // 1. Load: clients register and move matters on until the kill.
                using var load = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var workers = Enumerable.Range(0, options.Clients)
                    .Select(w => Task.Run(() => WorkerAsync(state, clerks[w], directors[w], w, new Random(random.Next()), load.Token), CancellationToken.None))
                    .ToArray();
                await Task.Delay(TimeSpan.FromSeconds(0.2 + random.NextDouble() * Math.Max(0, options.MaxRunSeconds - 0.2)), cancellationToken);

                // 2. The crash: SIGKILL of the app, and on PostgreSQL of the postmaster and its backends, in a random order.
                if (server is not null && random.Next(2) == 0)
                {
                    await server.KillAsync();
                    report.DatabaseKills++;
                    await Task.Delay(random.Next(0, 300), cancellationToken);
                    await app.KillAsync();
                    report.AppKills++;
                }
                else
                {
                    await app.KillAsync();
                    report.AppKills++;
                    if (server is not null)
                    {
                        await server.KillAsync();
                        report.DatabaseKills++;
                    }
                }

                await load.CancelAsync();
                await Task.WhenAll(workers);
                await app.DisposeAsync();
                app = null;

                // 3. The database as the crash left it: restart the server (crash recovery), then check.
                if (server is not null)
                {
                    await server.StartAsync(cancellationToken);
                }

                await CheckDatabaseAsync(options.Database, connection, state, report, cancellationToken);

                // 4. Restart the app; sessions from before the crash should still work (keys in the database).
                var starting = Stopwatch.StartNew();
                app = await AppProcess.StartAsync(port, settings, startTimeout, cancellationToken);
                report.SlowestStartSeconds = Math.Max(report.SlowestStartSeconds, Math.Round(starting.Elapsed.TotalSeconds, 1));
                report.SessionsKeptAcrossRestarts += await clerks.EnsureAsync(cancellationToken) + await directors.EnsureAsync(cancellationToken);

                // 5. Requests that were in flight at the kill, retried with the same Idempotency-Key: exactly one matter each.
                await RetryInFlightAsync(state, clerks[0], report, cancellationToken);
                report.Verified = await CheckDatabaseAsync(options.Database, connection, state, report, cancellationToken);

                // 6. This cycle's acknowledged matters read back through the restarted app.
                await ReadBackAsync(state, clerks[0], cycle, report, cancellationToken);
                if (cycle % 10 == 0 || cycle == options.Cycles)
                {
                    await VerifyAuditChainAsync(settings, report, cancellationToken);
                }

                report.Cycles = cycle;
                report.Registrations = state.Registrations;
                report.Updates = state.Updates;
                report.Acknowledged = state.Registrations + state.Updates;
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"第 {cycle}/{options.Cycles} 轮：已确认写入 {report.Acknowledged}（登记 {report.Registrations}，状态变更 {report.Updates}），已核对 {report.Verified}，丢失 {report.Lost}，不一致 {report.Mismatched}，中断时在途 {report.InFlightAtKill}，重启 {starting.Elapsed.TotalSeconds:0.0} 秒，共 {clock.Elapsed.TotalSeconds:0} 秒"));
                if (report.Failures.Count > 0 || report.Lost > 0 || report.Mismatched > 0)
                {
                    break;
                }
            }

            // The final check over every acknowledged write of the run, on the database after the last restart.
            report.Verified = await CheckDatabaseAsync(options.Database, connection, state, report, cancellationToken, final: true);
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or HttpRequestException or DbException or IOException)
        {
            report.Failures.Add(exception.GetType().Name + ": " + exception.Message + (server is not null ? "\nPostgreSQL log:\n" + server.LogTail() : ""));
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            if (server is not null)
            {
                await server.DisposeAsync();
            }

            await log.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            SqliteConnection.ClearAllPools();
        }

        report.Seconds = Math.Round(clock.Elapsed.TotalSeconds, 1);
        var json = JsonSerializer.Serialize(report, ReportJson);
        if (options.Out is { } outPath)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            await File.WriteAllTextAsync(outPath, json, cancellationToken);
        }

        Console.WriteLine(json);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"crashtest {options.Database}: {report.Cycles} cycles, {report.Acknowledged} writes acknowledged, {report.Verified} verified, {report.Lost} lost, {report.Mismatched} mismatched — {(report.Passed ? "PASSED" : "FAILED")}"));
        if (report.Passed && !options.Keep)
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
        else
        {
            Console.WriteLine("work directory kept: " + work);
        }

        return report.Passed ? 0 : 1;
    }

    /// <summary>The town the clients work in: one department, one village, a clerk and a director.</summary>
    private sealed record Town(long DepartmentId, long VillageId, string Category);

    private static async Task<Town> PrepareAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        using var host = Cli.CliHost.Build([.. settings.Select(s => $"--{s.Key}={s.Value}")]);
        await WebApp.InitializeAsync(host.Services, cancellationToken);
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditTrail>().ActAs(Actor.Cli);
        var db = scope.ServiceProvider.GetRequiredService<ZongzhiDb>();
        db.Departments.Add(new Department { Name = "司法所", SortOrder = 1 });
        db.Villages.Add(new Village { Name = "第一村", SortOrder = 1 });
        await db.SaveChangesAsync(cancellationToken);
        var departmentId = await db.Departments.Select(d => d.Id).FirstAsync(cancellationToken);
        var create = scope.ServiceProvider.GetRequiredService<CreateUser>();
        foreach (var (name, role, department) in new (string, string, long?)[]
                 {
                     (ClerkName, Roles.ReceptionClerk, null), (DirectorName, Roles.CenterDirector, null), ("crash.handler", Roles.DepartmentHandler, departmentId),
                 })
        {
            var created = await create.RunAsync(new CreateUser.Request(name, name, [role], department, null, Password, MustChangePassword: false), cancellationToken);
            if (!created.IsSuccess)
            {
                throw new InvalidOperationException(created.Error!.Message);
            }
        }

        var town = new Town(departmentId, await db.Villages.Select(v => v.Id).FirstAsync(cancellationToken),
            await db.DisputeCategories.OrderBy(c => c.SortOrder).Select(c => c.Code).FirstAsync(cancellationToken));
        await db.Database.CloseConnectionAsync();
        return town;
    }

    /// <summary>One matter as the clients know it: what was sent, what was acknowledged, what may have happened unacknowledged.</summary>
    private sealed class Tracked
    {
        public required string Key { get; init; }
        public required string Summary { get; init; }
        public required string Description { get; init; }
        public required string Body { get; init; }
        public required int Cycle { get; init; }
        public long? Id { get; set; }
        public string? Number { get; set; }
        public int AckedState { get; set; } = -1;   // -1: registration not acknowledged (in flight at the kill)
        public int AttemptedState { get; set; }      // the furthest state a request was sent for
        public int Acknowledgements { get; set; }    // 2xx answers for this matter
        public bool Settled { get; set; }            // its true state is known (checked after the crash)
    }

    private sealed class RunState(Town town, StreamWriter log)
    {
        public Town Town { get; } = town;
        public int Cycle { get; set; }
        public ConcurrentQueue<Tracked> Matters { get; } = new();
        public long Registrations;
        public long Updates;

        public void Acknowledge(Tracked matter, string operation, HttpStatusCode status, string responseBody)
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(responseBody))).ToLowerInvariant();
            lock (log)
            {
                log.WriteLine(JsonSerializer.Serialize(new { cycle = Cycle, operation, status = (int)status, id = matter.Id, number = matter.Number, contentHash = ContentHash(matter), bodyHash = hash }));
            }
        }
    }

    private static string ContentHash(Tracked matter) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(matter.Number + "\n" + matter.Summary + "\n" + matter.Description))).ToLowerInvariant();

    private static async Task WorkerAsync(RunState state, Session clerk, Session director, int worker, Random random, CancellationToken cancellationToken)
    {
        var sequence = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var matter = NewMatter(state, worker, ++sequence, random);
                state.Matters.Enqueue(matter);
                using (var registered = await clerk.PostAsync("/api/matters", matter.Body, matter.Key, cancellationToken))
                {
                    if (registered.StatusCode != HttpStatusCode.Created)
                    {
                        return; // the crash (or a refusal, which the check reports as in flight)
                    }

                    var text = await registered.Content.ReadAsStringAsync(cancellationToken);
                    using var json = JsonDocument.Parse(text);
                    matter.Id = json.RootElement.GetProperty("id").GetInt64();
                    matter.Number = json.RootElement.GetProperty("number").GetString();
                    matter.AckedState = 0;
                    matter.Acknowledgements++;
                    Interlocked.Increment(ref state.Registrations);
                    state.Acknowledge(matter, "register", registered.StatusCode, text);
                    var version = json.RootElement.GetProperty("version").GetInt32();
                    if (random.Next(10) < 6)
                    {
                        matter.AttemptedState = 1;
                        using var accepted = await director.PostAsync($"/api/matters/{matter.Id}/accept",
                            JsonSerializer.Serialize(new { complexity = "General", version }), null, cancellationToken);
                        if (accepted.StatusCode != HttpStatusCode.NoContent)
                        {
                            return;
                        }

                        matter.AckedState = 1;
                        matter.Acknowledgements++;
                        Interlocked.Increment(ref state.Updates);
                        state.Acknowledge(matter, "accept", accepted.StatusCode, "");
                        if (random.Next(2) == 0)
                        {
                            matter.AttemptedState = 2;
                            using var assigned = await director.PostAsync($"/api/matters/{matter.Id}/assign",
                                JsonSerializer.Serialize(new { handlingDepartmentId = state.Town.DepartmentId, coHandlingDepartmentIds = Array.Empty<long>(), requirements = "请依法调处，七个工作日内答复当事人。" }),
                                null, cancellationToken);
                            if (assigned.StatusCode != HttpStatusCode.Created)
                            {
                                return;
                            }

                            matter.AckedState = 2;
                            matter.Acknowledgements++;
                            Interlocked.Increment(ref state.Updates);
                            state.Acknowledge(matter, "assign", assigned.StatusCode, await assigned.Content.ReadAsStringAsync(cancellationToken));
                        }
                    }
                }
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException or JsonException)
        {
            // The app or the database died under the request: its outcome is unknown; the check accepts either.
        }
    }

    private static Tracked NewMatter(RunState state, int worker, int sequence, Random random)
    {
        // Unique per matter (so a duplicate is found), with rare characters (plane 2, the middle dot) to be read back byte for byte.
        var summary = string.Create(CultureInfo.InvariantCulture, $"{Marker} {state.Cycle}-{worker}-{sequence} {Guid.NewGuid():N}");
        var description = string.Create(CultureInfo.InvariantCulture,
            $"当事人艾力·买买提与\U00020000\U0002A6A5某反映宅基地界址争议，第{random.Next(1, 1000)}号，{new string('测', random.Next(1, 400))}。");
        var body = JsonSerializer.Serialize(new
        {
            channel = "Visit",
            receivedAt = "2026-01-05T09:00:00+08:00",
            parties = new object[] { new { role = "Complainant", name = "艾力·买买提", phone = "13912345678" } },
            villageId = state.Town.VillageId,
            category = state.Town.Category,
            summary,
            description,
        });
        return new Tracked { Key = Guid.NewGuid().ToString("N"), Summary = summary, Description = description, Body = body, Cycle = state.Cycle };
    }

    private static async Task RetryInFlightAsync(RunState state, Session clerk, CrashTestReport report, CancellationToken cancellationToken)
    {
        foreach (var matter in state.Matters.Where(m => m.AckedState < 0 && !m.Settled && m.Cycle == state.Cycle))
        {
            report.InFlightAtKill++;
            var existedBefore = matter.Id is not null;
            using var retried = await clerk.PostRetryingAsync("/api/matters", matter.Body, matter.Key, cancellationToken);
            var text = await retried.Content.ReadAsStringAsync(cancellationToken);
            if (retried.StatusCode != HttpStatusCode.Created)
            {
                report.Failures.Add($"retry of an in-flight registration answered {(int)retried.StatusCode}: {text[..Math.Min(300, text.Length)]}");
                continue;
            }

            using var json = JsonDocument.Parse(text);
            var id = json.RootElement.GetProperty("id").GetInt64();
            if (existedBefore && id != matter.Id)
            {
                report.Failures.Add($"in-flight registration {matter.Summary}: committed as {matter.Id} before the crash, the retry created {id}");
            }

            if (existedBefore)
            {
                report.InFlightRetriedCommitted++;
            }
            else
            {
                report.InFlightRetriedCreated++;
            }

            matter.Id = id;
            matter.Number = json.RootElement.GetProperty("number").GetString();
            matter.AckedState = 0;
            matter.AttemptedState = 0;
            matter.Acknowledgements++;
            Interlocked.Increment(ref state.Registrations);
            state.Acknowledge(matter, "register-retry", retried.StatusCode, text);
        }
    }

    private static async Task ReadBackAsync(RunState state, Session clerk, int cycle, CrashTestReport report, CancellationToken cancellationToken)
    {
        foreach (var matter in state.Matters.Where(m => m.Cycle == cycle && m.AckedState >= 0))
        {
            using var response = await clerk.GetAsync($"/api/matters/{matter.Id}", cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                report.Failures.Add($"GET /api/matters/{matter.Id} after the restart answered {(int)response.StatusCode}");
                continue;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var root = json.RootElement;
            if (root.GetProperty("number").GetString() != matter.Number || root.GetProperty("summary").GetString() != matter.Summary
                || root.GetProperty("description").GetString() != matter.Description || Array.IndexOf(States, root.GetProperty("status").GetString()) != matter.AckedState)
            {
                report.Mismatched++;
                report.Failures.Add($"matter {matter.Id} read back through the app differs from what was acknowledged");
            }
        }
    }

    /// <summary>
    /// Checks the database directly: every acknowledged matter present with its number and content byte for byte, its
    /// state at least the acknowledged one and at most the one last attempted; numbers unique; no matter twice; each
    /// matter with its register (and accept) audit entry, each assigned matter with its sheet; SQLite integrity_check.
    /// Returns the number of acknowledged writes verified.
    /// </summary>
    private static async Task<long> CheckDatabaseAsync(string database, string connectionString, RunState state, CrashTestReport report,
        CancellationToken cancellationToken, bool final = false)
    {
        await using DbConnection connection = database == DatabaseOptions.Postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (connection is SqliteConnection)
        {
            var integrity = await ScalarAsync(connection, "PRAGMA integrity_check", cancellationToken);
            report.IntegrityChecks++;
            if (integrity != "ok")
            {
                report.Failures.Add("PRAGMA integrity_check: " + integrity);
            }
        }

        var rows = new Dictionary<long, (string Number, string Summary, string Description, string Status)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT \"Id\", \"Number\", \"Summary\", \"Description\", \"Status\" FROM \"Matters\" WHERE \"Summary\" LIKE '{Marker}%'";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
            }
        }

        var bySummary = rows.GroupBy(r => r.Value.Summary).ToDictionary(g => g.Key, g => g.Select(r => r.Key).ToList());
        long verified = 0;
        foreach (var matter in state.Matters)
        {
            var ids = bySummary.GetValueOrDefault(matter.Summary) ?? [];
            if (ids.Count > 1)
            {
                report.DuplicateMatters++;
                report.Failures.Add($"{matter.Summary}: {ids.Count} matters");
                continue;
            }

            if (matter.AckedState < 0)
            {
                // In flight at the kill: committed or not, both are right; remember which for the retry.
                if (ids.Count == 1)
                {
                    matter.Id = ids[0];
                }

                continue;
            }

            if (ids.Count == 0 || ids[0] != matter.Id)
            {
                report.Lost += matter.Acknowledgements;
                report.Failures.Add($"LOST: matter {matter.Id} {matter.Number} ({matter.Summary}) acknowledged in cycle {matter.Cycle} is not in the database");
                continue;
            }

            var row = rows[ids[0]];
            var status = Array.IndexOf(States, row.Status);
            if (row.Number != matter.Number || row.Summary != matter.Summary || row.Description != matter.Description)
            {
                report.Mismatched++;
                report.Failures.Add($"matter {matter.Id}: stored {row.Number}/{Shorten(row.Description)} differs from acknowledged {matter.Number}/{Shorten(matter.Description)}");
                continue;
            }

            if (status < matter.AckedState || status > Math.Max(matter.AckedState, matter.AttemptedState))
            {
                report.Lost += status < matter.AckedState ? matter.AckedState - Math.Max(status, 0) : 0;
                report.Mismatched += status > matter.AttemptedState ? 1 : 0;
                report.Failures.Add($"matter {matter.Id}: status {row.Status}, acknowledged {States[matter.AckedState]}, attempted {States[matter.AttemptedState]}");
                continue;
            }

            // After a crash the state is known: an unacknowledged update either committed or did not.
            matter.AckedState = matter.AttemptedState = status;
            matter.Settled = true;
            verified += matter.Acknowledgements;
        }

        await CountAsync(connection, "SELECT COUNT(*) FROM (SELECT \"Number\" FROM \"Matters\" GROUP BY \"Number\" HAVING COUNT(*) > 1) d",
            n => report.DuplicateNumbers = n, "duplicate matter numbers", report, cancellationToken);
        await CountAsync(connection,
            "SELECT COUNT(*) FROM \"Matters\" m WHERE NOT EXISTS (SELECT 1 FROM \"AuditEntries\" a WHERE a.\"EntityType\" = 'Matter' AND a.\"EntityId\" = " +
            Text(connection, "m.\"Id\"") + " AND a.\"Action\" = 'matter.register')",
            n => report.MissingAuditEntries = n, "matters without their register audit entry", report, cancellationToken);
        await CountAsync(connection,
            "SELECT COUNT(*) FROM \"Matters\" m WHERE m.\"Status\" IN ('Accepted', 'Assigned') AND NOT EXISTS (SELECT 1 FROM \"AuditEntries\" a WHERE a.\"EntityType\" = 'Matter' AND a.\"EntityId\" = " +
            Text(connection, "m.\"Id\"") + " AND a.\"Action\" = 'matter.accept')",
            n => report.MissingAuditEntries += n, "accepted matters without their accept audit entry", report, cancellationToken);
        await CountAsync(connection,
            "SELECT COUNT(*) FROM \"Matters\" m WHERE m.\"Status\" = 'Assigned' AND NOT EXISTS (SELECT 1 FROM \"AssignmentSheets\" s WHERE s.\"MatterId\" = m.\"Id\")",
            n => report.Mismatched += n, "assigned matters without a sheet", report, cancellationToken);
        if (final)
        {
            var acknowledged = state.Matters.Where(m => m.AckedState >= 0).Sum(m => (long)m.Acknowledgements);
            if (acknowledged != report.Acknowledged)
            {
                report.Failures.Add($"acknowledged writes counted {report.Acknowledged}, tracked {acknowledged}");
            }
        }

        return verified;
    }

    private static string Text(DbConnection connection, string column) =>
        connection is NpgsqlConnection ? $"CAST({column} AS text)" : $"CAST({column} AS TEXT)";

    private static async Task CountAsync(DbConnection connection, string sql, Action<long> set, string what, CrashTestReport report, CancellationToken cancellationToken)
    {
        var count = long.Parse(await ScalarAsync(connection, sql, cancellationToken), CultureInfo.InvariantCulture);
        if (count > 0)
        {
            set(count);
            report.Failures.Add($"{count} {what}");
        }
    }

    private static async Task<string> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "";
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary><c>zongzhi audit verify</c> as a separate process, as an operator runs it.</summary>
    private static async Task VerifyAuditChainAsync(IReadOnlyDictionary<string, string> settings, CrashTestReport report, CancellationToken cancellationToken)
    {
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(AppProcess.DefaultDll);
        start.ArgumentList.Add("audit");
        start.ArgumentList.Add("verify");
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run zongzhi audit verify.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        report.AuditChainVerifications++;
        if (process.ExitCode != 0)
        {
            report.Failures.Add($"zongzhi audit verify exited {process.ExitCode}: {await output} {await error}");
        }
    }

    /// <summary>A signed-in API client (cookie, and the antiforgery token when the app asks for one).</summary>
    private sealed class Session : IDisposable
    {
        private readonly HttpClient _client;
        private readonly string _userName;
        private string? _csrfHeader;
        private string? _csrfToken;

        public Session(Uri address, string userName)
        {
            _userName = userName;
            _client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
            {
                BaseAddress = address,
                Timeout = TimeSpan.FromSeconds(60),
            };
        }

        /// <summary>Signs in unless the cookie still works; returns 1 when it did (a session kept across a restart).</summary>
        public async Task<int> EnsureAsync(CancellationToken cancellationToken)
        {
            using (var me = await GetAsync("/api/auth/me", cancellationToken))
            {
                if (me.IsSuccessStatusCode)
                {
                    await AntiforgeryAsync(cancellationToken);
                    return 1;
                }
            }

            for (var attempt = 0; ; attempt++)
            {
                using var login = await _client.PostAsJsonAsync("/api/auth/login", new { userName = _userName, password = Password }, cancellationToken);
                if (login.IsSuccessStatusCode)
                {
                    break;
                }

                if (login.StatusCode != HttpStatusCode.TooManyRequests || attempt > 20)
                {
                    throw new InvalidOperationException($"Login of {_userName} failed: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync(cancellationToken)}");
                }

                await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            }

            await AntiforgeryAsync(cancellationToken);
            return 0;
        }

        private async Task AntiforgeryAsync(CancellationToken cancellationToken)
        {
            using var response = await GetAsync("/api/auth/antiforgery", cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                _csrfToken = null;
                return;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var root = json.RootElement;
            _csrfHeader = root.TryGetProperty("headerName", out var header) && header.ValueKind == JsonValueKind.String ? header.GetString() : "X-CSRF-TOKEN";
            _csrfToken = root.ValueKind == JsonValueKind.String ? root.GetString()
                : root.TryGetProperty("token", out var token) ? token.GetString()
                : root.TryGetProperty("requestToken", out var requestToken) ? requestToken.GetString()
                : root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name != "headerName").Select(p => p.Value.GetString()).FirstOrDefault();
        }

        /// <summary>A GET, tried again when a connection pooled before the restart turns out dead.</summary>
        public async Task<HttpResponseMessage> GetAsync(string url, CancellationToken cancellationToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await _client.GetAsync(url, cancellationToken);
                }
                catch (HttpRequestException) when (attempt < 3)
                {
                    await Task.Delay(200, cancellationToken);
                }
            }
        }

        /// <summary>A POST with an Idempotency-Key, safe to send again when the connection fails (outside the load).</summary>
        public async Task<HttpResponseMessage> PostRetryingAsync(string url, string json, string idempotencyKey, CancellationToken cancellationToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await PostAsync(url, json, idempotencyKey, cancellationToken);
                }
                catch (HttpRequestException) when (attempt < 3)
                {
                    await Task.Delay(200, cancellationToken);
                }
            }
        }

        public Task<HttpResponseMessage> PostAsync(string url, string json, string? idempotencyKey, CancellationToken cancellationToken)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }

            if (_csrfToken is not null)
            {
                request.Headers.Add(_csrfHeader ?? "X-CSRF-TOKEN", _csrfToken);
            }

            return SendAsync(request, cancellationToken);
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using (request)
            {
                return await _client.SendAsync(request, cancellationToken);
            }
        }

        public void Dispose() => _client.Dispose();
    }

    private sealed class SessionPool(Uri address, string userName, int count) : IDisposable
    {
        private readonly Session[] _sessions = [.. Enumerable.Range(0, count).Select(_ => new Session(address, userName))];

        public Session this[int index] => _sessions[index];

        public async Task<int> EnsureAsync(CancellationToken cancellationToken)
        {
            var kept = 0;
            foreach (var session in _sessions)
            {
                kept += await session.EnsureAsync(cancellationToken);
            }

            return kept;
        }

        public void Dispose()
        {
            foreach (var session in _sessions)
            {
                session.Dispose();
            }
        }
    }
}
