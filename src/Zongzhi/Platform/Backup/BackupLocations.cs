namespace Zongzhi.Platform.Backup;

/// <summary>Where the files that belong in a backup live: the attachments folder (<c>Zongzhi:Attachments:Path</c>, default data/attachments).</summary>
public sealed record BackupLocations(string AttachmentsPath)
{
    public const string AttachmentsSetting = "Zongzhi:Attachments:Path";
    public const string DefaultAttachments = "data/attachments";

    public static BackupLocations From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(Path.GetFullPath(configuration[AttachmentsSetting] is { Length: > 0 } path ? path : DefaultAttachments));
    }

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
