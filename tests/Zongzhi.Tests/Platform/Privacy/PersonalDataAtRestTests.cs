using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Zongzhi.Platform.Privacy;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Platform.Privacy;

/// <summary>
/// Issue 7: zero plaintext ID numbers (and phones) in the SQLite file, its WAL, and a PostgreSQL dump. The values are
/// stored through <see cref="StoreAsync"/>; point it at the matters' parties once they are persisted.
/// </summary>
public sealed class PersonalDataAtRestTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Store_IdAndPhoneNumbers_NoPlaintextAtRestAndExactSearchWorks(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider, PersonalDataProbe.AddTo, schemaFromModel: true);
        var ids = Enumerable.Range(0, 20).Select(i => "3301061985" + (1000 + i).ToString(CultureInfo.InvariantCulture) + "12X").ToList();
        var phones = Enumerable.Range(0, 20).Select(i => "139" + (55550000 + i).ToString(CultureInfo.InvariantCulture)).ToList();
        // An open connection keeps the WAL from being checkpointed away, so it can be inspected as written.
        await using var holder = provider == DatabaseProvider.Sqlite ? new SqliteConnection(app.ConnectionString) : null;
        if (holder is not null)
        {
            await holder.OpenAsync(TestContext.Current.CancellationToken);
            await using var touch = new SqliteCommand("SELECT count(*) FROM sqlite_master", holder);
            await touch.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        }

        await StoreAsync(app, ids, phones);
        var atRest = provider == DatabaseProvider.Sqlite ? ReadSqliteFiles(app.ConnectionString) : await PgDumpAsync(app.ConnectionString);
        var found = await app.WithDbAsync(async db =>
        {
            var hash = PersonalDataColumns.FindProtector(db)!.SearchHash(PersonalDataKind.IdNumber, ids[7].ToLowerInvariant());
            return await db.Set<PersonalDataProbe>().SingleAsync(p => EF.Property<string>(p, "IdNumberSearchHash") == hash);
        });

        Assert.True(atRest.Length > 0);
        Assert.All(ids, id => Assert.DoesNotContain(id, atRest, StringComparison.Ordinal));
        Assert.All(ids, id => Assert.DoesNotContain(id[..14], atRest, StringComparison.Ordinal));
        Assert.All(phones, phone => Assert.DoesNotContain(phone, atRest, StringComparison.Ordinal));
        Assert.Contains("pd1:k1:", atRest, StringComparison.Ordinal);
        Assert.Equal(ids[7], found.IdNumber);
        Assert.Equal(phones[7], found.Phone);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task RotateKeys_StoredValues_AreReencryptedAndStillRead(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider, PersonalDataProbe.AddTo, schemaFromModel: true);
        await StoreAsync(app, ["110101199003071234"], ["13812345678"]);

        await using (var scope = app.Scope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<RotatePersonalDataKey>().RunAsync(TestContext.Current.CancellationToken);
            Assert.Equal("k2", outcome.KeyId);
            Assert.Equal(1, outcome.Reencrypted);
        }

        var raw = await app.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT \"IdNumber\" AS \"Value\" FROM \"PersonalDataProbe\"").SingleAsync());
        var probe = await app.WithDbAsync(db => db.Set<PersonalDataProbe>().SingleAsync());
        Assert.StartsWith("pd1:k2:", raw, StringComparison.Ordinal);
        Assert.Equal("110101199003071234", probe.IdNumber);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "keys.rotate")));
    }

    /// <summary>Stores each ID number with the phone at the same position.</summary>
    internal static async Task StoreAsync(ZongzhiAppFactory app, IReadOnlyList<string> idNumbers, IReadOnlyList<string> phones)
    {
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < idNumbers.Count; i++)
            {
                db.Add(new PersonalDataProbe { IdNumber = idNumbers[i], Phone = phones[i] });
            }

            return await db.SaveChangesAsync();
        });
    }

    private static string ReadSqliteFiles(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        Assert.True(new FileInfo(file + "-wal").Length > 0, "the WAL should hold the writes");
        var text = new StringBuilder();
        foreach (var path in new[] { file, file + "-wal" })
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            // Latin-1 maps every byte to one char, so ASCII digits are found wherever they are in the pages.
            text.Append(Encoding.Latin1.GetString(memory.ToArray()));
        }

        return text.ToString();
    }

    private static async Task<string> PgDumpAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("pg_dump", ["-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture),
            "-U", builder.Username!, "-d", builder.Database!, "--no-owner"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = builder.Password;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        return output;
    }
}
