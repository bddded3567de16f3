using Microsoft.Data.Sqlite;
using Npgsql;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Platform.Backup;

/// <summary>
/// <c>zongzhi restore --from DIR</c>: checks every file against the manifest first and refuses a damaged or altered
/// backup; then restores into an EMPTY installation only (no database tables, no attachments), never over data.
/// Afterwards <c>zongzhi audit verify</c> checks the restored chain; the key file is restored separately.
/// </summary>
public sealed class RestoreBackup(DatabaseOptions database, BackupLocations locations)
{
    public async Task<Result<BackupManifest>> RunAsync(string fromDirectory, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(fromDirectory);
        var manifestFile = Path.Combine(root, BackupManifest.FileName);
        if (!File.Exists(manifestFile))
        {
            return new ValidationError("from", $"{root} 中没有 {BackupManifest.FileName}，不是 zongzhi 备份");
        }

        BackupManifest? manifest;
        try
        {
            manifest = BackupManifest.Parse(await File.ReadAllTextAsync(manifestFile, cancellationToken));
        }
        catch (System.Text.Json.JsonException)
        {
            manifest = null;
        }

        if (manifest is null || manifest.Format != BackupManifest.CurrentFormat || manifest.Files is null)
        {
            return new ValidationError("from", "备份清单已损坏或格式不受支持");
        }

        if (manifest.Check(root) is { } problem)
        {
            return new ValidationError("from", "备份校验失败，未恢复任何数据：" + problem);
        }

        if (manifest.Provider != database.Provider)
        {
            return new ConflictError($"备份来自 {manifest.Provider} 数据库，本安装使用 {database.Provider}");
        }

        if (await DescribeNonEmptyAsync(cancellationToken) is { } occupied)
        {
            return new ConflictError("只能恢复到空的安装：" + occupied);
        }

        var databaseFile = Path.Combine(root, manifest.DatabaseFile);
        if (database.IsPostgres)
        {
            await PostgresTools.RestoreAsync(database.ConnectionString, databaseFile, cancellationToken);
        }
        else
        {
            var target = SqlitePath();
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(databaseFile, target);
        }

        BackupLocations.CopyDirectory(Path.Combine(root, CreateBackup.AttachmentsFolder), locations.AttachmentsPath);
        return manifest;
    }

    private async Task<string?> DescribeNonEmptyAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(locations.AttachmentsPath) && Directory.EnumerateFileSystemEntries(locations.AttachmentsPath).Any())
        {
            return $"附件目录 {locations.AttachmentsPath} 不是空的";
        }

        if (!database.IsPostgres)
        {
            var path = SqlitePath();
            return File.Exists(path) && new FileInfo(path).Length > 0 || File.Exists(path + "-wal")
                ? $"数据库文件 {path} 已存在"
                : null;
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
        var tables = (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
        return tables > 0 ? $"数据库中已有 {tables} 张表" : null;
    }

    private string SqlitePath() => Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
}
