using System.Security.Cryptography;

namespace Zongzhi.Features.Attachments;

/// <summary>
/// The attachments folder (Zongzhi:Attachments:Path, default data/attachments; included in backups). Files are
/// written under generated names, hashed on the way in, and never overwritten.
/// </summary>
public sealed class AttachmentStore(IConfiguration configuration)
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    public string Root => Path.GetFullPath(configuration["Zongzhi:Attachments:Path"] is { Length: > 0 } path ? path : Path.Combine("data", "attachments"));

    public long MaxBytes => configuration.GetValue("Zongzhi:Attachments:MaxBytes", DefaultMaxBytes);

    /// <summary>Copies <paramref name="content"/> to a new file; returns its stored name, size and SHA-256.</summary>
    public async Task<(string StoredName, long Size, string Sha256)> SaveAsync(Stream content, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var storedName = Path.Combine(year.ToString(System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N"));
        var path = Path.Combine(Root, storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }

            await file.FlushAsync(cancellationToken);
            file.Flush(flushToDisk: true);
        }

        return (storedName, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public Stream Open(string storedName) => new FileStream(Path.Combine(Root, storedName), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    /// <summary>Removes a file whose record was not saved (the upload failed after writing it).</summary>
    public void Discard(string storedName)
    {
        var path = Path.Combine(Root, storedName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
