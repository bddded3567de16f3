using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;
using Zongzhi.Tests.Security;

namespace Zongzhi.Tests.Platform.Privacy;

/// <summary>
/// Issue 7, "zero plaintext ID numbers in the SQLite file, its WAL and a PostgreSQL dump": real matters are registered
/// through the API (parties with valid GB 11643 ID numbers and mobile numbers, one ID number refused for its check
/// character), viewed, assigned, revealed; then the SQLite file and its WAL (read before any checkpoint, an open
/// connection keeping it) or a pg_dump of the PostgreSQL database are searched byte for byte for every ID number and
/// phone in UTF-8 and UTF-16 (both byte orders), and so is every application log message written during the run
/// (captured at Debug, exceptions included). Zero hits.
/// </summary>
public sealed class PlaintextScanTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task RegisteredMatters_IdNumbersAndPhones_AppearNowhereInTheDatabaseFilesDumpOrLogs(string provider)
    {
        var logs = new LogCapture();
        await using var app = await ZongzhiAppFactory.CreateAsync(provider, services => services.AddSingleton<ILoggerProvider>(logs),
            settings: new Dictionary<string, string>
            {
                ["Logging:LogLevel:Default"] = "Debug",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information",
            });
        var town = await TownFixture.CreateAsync(app);
        await using var holder = provider == DatabaseProvider.Sqlite ? new SqliteConnection(app.ConnectionString) : null;
        if (holder is not null)
        {
            // An open connection keeps the WAL from being checkpointed into the file and removed: it is read as written.
            await holder.OpenAsync(Token);
            await using var touch = new SqliteCommand("SELECT count(*) FROM sqlite_master", holder);
            await touch.ExecuteScalarAsync(Token);
        }

        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk, userName: "scan-clerk");
        using var director = await app.ClientForAsync(Roles.CenterDirector, userName: "scan-director");
        var ids = Enumerable.Range(0, 12).Select(i => ScopedTown.IdNumber("33010619751" + (10 + i).ToString(CultureInfo.InvariantCulture).PadLeft(3, '0') + "53" + (i % 10).ToString(CultureInfo.InvariantCulture))).ToList();
        var phones = Enumerable.Range(0, 12).Select(i => "1367755" + (2000 + i * 13).ToString(CultureInfo.InvariantCulture)).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            var registered = await clerk.PostAsJsonAsync("/api/matters", new
            {
                channel = "Visit",
                receivedAt = "2026-11-28T09:30:00+08:00",
                villageId = town.EastVillage,
                category = "neighbour",
                summary = "扫描用事项" + (i + 1).ToString(CultureInfo.InvariantCulture),
                description = "来访人反映邻里纠纷，请求调解。",
                parties = new object[]
                {
                    new { role = "Complainant", name = "扫描人" + (i + 1).ToString(CultureInfo.InvariantCulture), phone = phones[i], idNumber = ids[i], address = "东村" },
                    new { role = "Respondent", name = "对方", phone = phones[(i + 1) % phones.Count] },
                },
            }, Token);
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            var id = (await registered.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Token)).GetProperty("id").GetInt64();
            Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"/api/matters/{id}", Token)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"/Matters/Details/{id}", Token)).StatusCode);
            if (i % 3 == 0)
            {
                Assert.Equal(HttpStatusCode.NoContent, (await director.PostAsJsonAsync($"/api/matters/{id}/accept", new { complexity = "General" }, Token)).StatusCode);
                Assert.Equal(HttpStatusCode.Created, (await director.PostAsJsonAsync($"/api/matters/{id}/assign",
                    new { handlingDepartmentId = town.JusticeOffice, coHandlingDepartmentIds = Array.Empty<long>(), requirements = "请调处。" }, Token)).StatusCode);
            }
        }

        // A wrong check character is refused without the value being echoed into a log.
        var badId = ids[0][..17] + (ids[0][17] == '1' ? "2" : "1");
        var refused = await clerk.PostAsJsonAsync("/api/matters", new
        {
            channel = "Visit", receivedAt = "2026-11-28T09:30:00+08:00", villageId = town.EastVillage, category = "neighbour", summary = "校验位错误", description = "x",
            parties = new object[] { new { role = "Complainant", name = "王五", phone = "13677559999", idNumber = badId } },
        }, Token);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var secrets = ids.Concat(phones).Append(badId).Append("13677559999").ToList();
        var stored = provider == DatabaseProvider.Sqlite ? SqliteFiles(app.ConnectionString) : [("pg_dump", await PgDumpAsync(app.ConnectionString))];
        var hits = new List<string>();
        foreach (var (name, bytes) in stored)
        {
            foreach (var secret in secrets)
            {
                foreach (var (encoding, pattern) in Encodings(secret))
                {
                    if (bytes.AsSpan().IndexOf(pattern) >= 0)
                    {
                        hits.Add($"{name}: {secret} ({encoding})");
                    }
                }
            }
        }

        var logText = string.Join("\n", logs.Messages);
        hits.AddRange(secrets.Where(s => logText.Contains(s, StringComparison.Ordinal)).Select(s => $"log: {s}"));

        TestContext.Current.SendDiagnosticMessage($"{provider}: {secrets.Count} values × 3 encodings in {string.Join(", ", stored.Select(s => $"{s.Name} {s.Bytes.Length} bytes"))}; "
            + $"{logs.Messages.Count} log messages; {hits.Count} hits");
        Assert.All(stored, s => Assert.True(s.Bytes.Length > 0, s.Name + " is empty"));
        Assert.False(logs.Messages.IsEmpty, "no log message was captured");
        Assert.True(hits.Count == 0, "plaintext found:\n" + string.Join("\n", hits));
        // The control: the values are stored, encrypted (and the dump/file really holds the parties).
        Assert.Contains(stored, s => s.Bytes.AsSpan().IndexOf("pd1:"u8) >= 0);
    }

    private static IEnumerable<(string Name, byte[] Pattern)> Encodings(string value) =>
        [("UTF-8", Encoding.UTF8.GetBytes(value)), ("UTF-16LE", Encoding.Unicode.GetBytes(value)), ("UTF-16BE", Encoding.BigEndianUnicode.GetBytes(value))];

    private static List<(string Name, byte[] Bytes)> SqliteFiles(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        Assert.True(File.Exists(file + "-wal") && new FileInfo(file + "-wal").Length > 0, "the WAL should hold the writes");
        return [.. new[] { file, file + "-wal" }.Select(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return (Path.GetFileName(path), memory.ToArray());
        })];
    }

    private static async Task<byte[]> PgDumpAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var pgDump = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin", "pg_dump")).FirstOrDefault(File.Exists)
            : null;
        var start = new ProcessStartInfo(pgDump ?? "pg_dump", ["-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture),
            "-U", builder.Username!, "-d", builder.Database!, "--no-owner"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = builder.Password;
        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var copying = process.StandardOutput.BaseStream.CopyToAsync(output, Token);
        var errors = process.StandardError.ReadToEndAsync(Token);
        await copying;
        await process.WaitForExitAsync(Token);
        Assert.True(process.ExitCode == 0, await errors);
        return output.ToArray();
    }

    /// <summary>Every log message of the app (formatted, with its exception), as the console would write it.</summary>
    private sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(LogCapture capture, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                capture.Messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
