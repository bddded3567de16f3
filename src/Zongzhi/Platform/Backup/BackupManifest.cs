using System.Security.Cryptography;
using System.Text.Json;

namespace Zongzhi.Platform.Backup;

/// <summary>
/// <c>manifest.json</c> of a backup: what it holds, and the SHA-256 and size of every file, checked before any
/// restore. The personal data key is never part of it (<c>zongzhi keys export</c>, kept apart).
/// </summary>
public sealed record BackupManifest(int Format, DateTime CreatedAt, string Provider, string DatabaseFile, long AuditHeadSequence,
    string AuditHeadHash, IReadOnlyList<BackupManifest.FileEntry> Files)
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    public sealed record FileEntry(string Path, long Size, string Sha256);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BackupManifest? Parse(string json) => JsonSerializer.Deserialize<BackupManifest>(json, Json);

    public static FileEntry Describe(string root, string file)
    {
        using var stream = File.OpenRead(file);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new FileEntry(Path.GetRelativePath(root, file).Replace('\\', '/'), new FileInfo(file).Length, hash);
    }

    /// <summary>The first problem found with the files in <paramref name="root"/>, or null when every file matches.</summary>
    public string? Check(string root)
    {
        foreach (var entry in Files)
        {
            var path = Path.GetFullPath(Path.Combine(root, entry.Path));
            if (!path.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return $"清单中的路径 {entry.Path} 超出备份目录";
            }

            if (!File.Exists(path))
            {
                return $"缺少文件 {entry.Path}";
            }

            var actual = Describe(root, path);
            if (actual.Size != entry.Size || actual.Sha256 != entry.Sha256)
            {
                return $"文件 {entry.Path} 的校验值与清单不符（备份已损坏或被改动）";
            }
        }

        return Files.Any(f => f.Path == DatabaseFile) ? null : "清单中没有数据库文件";
    }
}
