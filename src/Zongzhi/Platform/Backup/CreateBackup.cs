using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Platform.Backup;

/// <summary>
/// <c>zongzhi backup --out DIR</c>: a consistent copy taken while the app runs — SQLite through the online backup
/// API (one read snapshot), PostgreSQL through <c>pg_dump --format=custom</c> — plus the attachments and a manifest
/// with the SHA-256 of every file. The personal data key is not included. The backup is itself audited (and that
/// entry is inside the copy).
/// </summary>
public sealed class CreateBackup(ZongzhiDb db, DatabaseOptions database, BackupLocations locations, AuditTrail audit, TownClock clock)
{
    public const string SqliteFile = "database.sqlite";
    public const string PostgresFile = "database.pgdump";
    public const string AttachmentsFolder = "attachments";

    public async Task<Result<BackupManifest>> RunAsync(string outDirectory, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(outDirectory);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            return new ValidationError("out", $"备份目录 {root} 不是空目录");
        }

        Directory.CreateDirectory(root);
        audit.Record("Backup", null, "backup.create", new { database.Provider });
        await db.SaveChangesAsync(cancellationToken);
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstAsync(cancellationToken);

        var databaseFile = database.IsPostgres ? PostgresFile : SqliteFile;
        if (database.IsPostgres)
        {
            await PostgresTools.DumpAsync(database.ConnectionString, Path.Combine(root, databaseFile), cancellationToken);
        }
        else
        {
            await using var source = new SqliteConnection(database.ConnectionString);
            await source.OpenAsync(cancellationToken);
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(root, databaseFile),
                Pooling = false,
            }.ToString());
            // The online backup restarts when a writer commits under it; SQLite then answers busy/locked. Writers
            // may be in another process (the app while the CLI backs up), so retry rather than hold a lock here.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    source.BackupDatabase(target);
                    break;
                }
                catch (SqliteException exception) when (exception.SqliteErrorCode is 5 or 6 && attempt < 50)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
                }
            }
        }

        BackupLocations.CopyDirectory(locations.AttachmentsPath, Path.Combine(root, AttachmentsFolder));
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => BackupManifest.Describe(root, f))
            .ToList();
        var manifest = new BackupManifest(BackupManifest.CurrentFormat, clock.UtcNow(), database.Provider, databaseFile,
            head.Sequence, head.Hash, files);
        await File.WriteAllTextAsync(Path.Combine(root, BackupManifest.FileName), manifest.ToJson(), cancellationToken);
        return manifest;
    }
}
