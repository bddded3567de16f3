using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform.Audit;
using Zongzhi.Platform.Backup;
using Zongzhi.Tests.Infrastructure;
using Zongzhi.Tests.Platform.Audit;

namespace Zongzhi.Tests.Platform.Backup;

public sealed class BackupRestoreTests : IDisposable
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "zongzhi-tests", "backup-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Backup_UnderWriteLoad_RestoresIntoEmptyInstallationAndChainVerifies(string provider)
    {
        var attachments = Directory.CreateDirectory(Path.Combine(_root, "attachments-source")).FullName;
        await File.WriteAllTextAsync(Path.Combine(attachments, "receipt-1.pdf"), "%PDF-1.4 回执", Ct);
        await using var app = await ZongzhiAppFactory.CreateAsync(provider, s => s.AddSingleton(new BackupLocations(attachments)));
        await AuditChainTests.RecordAsync(app, 5);
        var acknowledgedBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var written = 0;
            while (!stop.IsCancellationRequested)
            {
                await AuditChainTests.RecordAsync(app, 1, written++);
            }
        }, Ct);

        var backup = await BackupAsync(app, Path.Combine(_root, "backup"));
        await stop.CancelAsync();
        await writer;
        await using var target = await TestDatabase.CreateAsync(provider);
        var restoredAttachments = Path.Combine(_root, "attachments-target");
        var restored = await new RestoreBackup(new DatabaseOptions(provider, target.ConnectionString), new BackupLocations(restoredAttachments))
            .RunAsync(Path.Combine(_root, "backup"), Ct);

        Assert.True(restored.IsSuccess, restored.Error?.Message);
        await using var db = Open(provider, target.ConnectionString);
        var report = await new VerifyAuditChain(db).RunAsync(Ct);
        Assert.True(report.IsIntact, report.Problem);
        Assert.True(report.Checked >= acknowledgedBefore + 1);
        Assert.True(report.HeadSequence >= backup.AuditHeadSequence);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "backup.create", Ct));
        Assert.Equal("%PDF-1.4 回执", await File.ReadAllTextAsync(Path.Combine(restoredAttachments, "receipt-1.pdf"), Ct));
    }

    [Fact]
    public async Task Restore_CorruptedArchiveOrNonEmptyTarget_IsRefusedAndNothingIsRestored()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite,
            s => s.AddSingleton(new BackupLocations(Path.Combine(_root, "attachments-source"))));
        var backupDirectory = Path.Combine(_root, "backup");
        await BackupAsync(app, backupDirectory);
        var databaseFile = Path.Combine(backupDirectory, CreateBackup.SqliteFile);
        var targetFile = Path.Combine(_root, "target", "zongzhi.db");
        var restore = new RestoreBackup(new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=" + targetFile), new BackupLocations(Path.Combine(_root, "a2")));

        var intoLiveDatabase = await new RestoreBackup(new DatabaseOptions(DatabaseProvider.Sqlite, app.ConnectionString), new BackupLocations(Path.Combine(_root, "a3")))
            .RunAsync(backupDirectory, Ct);
        var bytes = await File.ReadAllBytesAsync(databaseFile, Ct);
        bytes[bytes.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(databaseFile, bytes, Ct);
        var corrupted = await restore.RunAsync(backupDirectory, Ct);

        Assert.IsType<ConflictError>(intoLiveDatabase.Error);
        var error = Assert.IsType<ValidationError>(corrupted.Error);
        Assert.Contains("校验", error.Message, StringComparison.Ordinal);
        Assert.Contains(CreateBackup.SqliteFile, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(targetFile));
    }

    [Fact]
    public async Task Backup_NeverContainsThePersonalDataKey()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite,
            s => s.AddSingleton(new BackupLocations(Path.Combine(_root, "attachments-source"))));
        var backup = await BackupAsync(app, Path.Combine(_root, "backup"));
        var key = JsonDocument.Parse(await File.ReadAllTextAsync(app.KeyFile, Ct)).RootElement.GetProperty("keys").GetProperty("k1").GetString()!;

        var contents = string.Concat(Directory.EnumerateFiles(Path.Combine(_root, "backup"), "*", SearchOption.AllDirectories)
            .Select(f => System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(f))));

        Assert.DoesNotContain(backup.Files, f => f.Path.EndsWith(".key", StringComparison.Ordinal));
        Assert.DoesNotContain(key, contents, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static async Task<BackupManifest> BackupAsync(ZongzhiAppFactory app, string directory)
    {
        await using var scope = app.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<CreateBackup>().RunAsync(directory, Ct);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    private static ZongzhiDb Open(string provider, string connectionString) => provider == DatabaseProvider.Sqlite
        ? new SqliteZongzhiDb(new DbContextOptionsBuilder<SqliteZongzhiDb>().UseSqlite(connectionString).Options)
        : new PostgresZongzhiDb(new DbContextOptionsBuilder<PostgresZongzhiDb>().UseNpgsql(connectionString).Options);
}
