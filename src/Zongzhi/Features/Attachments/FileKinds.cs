namespace Zongzhi.Features.Attachments;

/// <summary>
/// The file types accepted as attachments, recognised by their content (magic bytes), never by the name or the
/// browser's content type alone: PDF, JPEG, PNG, Office Open XML (docx/xlsx) and the older Word/Excel format.
/// </summary>
public static class FileKinds
{
    public sealed record Kind(string ContentType, string[] Extensions);

    private static readonly (byte[] Magic, Kind Kind)[] Known =
    [
        ("%PDF-"u8.ToArray(), new Kind("application/pdf", [".pdf"])),
        ([0xFF, 0xD8, 0xFF], new Kind("image/jpeg", [".jpg", ".jpeg"])),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], new Kind("image/png", [".png"])),
        ([0x50, 0x4B, 0x03, 0x04], new Kind("application/vnd.openxmlformats-officedocument", [".docx", ".xlsx"])),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], new Kind("application/msword", [".doc", ".xls"])),
    ];

    /// <summary>The kind of a file from its first bytes and its name's extension, or null when not accepted.</summary>
    public static Kind? Recognise(ReadOnlySpan<byte> head, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        foreach (var (magic, kind) in Known)
        {
            if (head.StartsWith(magic) && kind.Extensions.Contains(extension))
            {
                return kind.ContentType == "application/vnd.openxmlformats-officedocument"
                    ? kind with { ContentType = extension == ".xlsx"
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }
                    : kind;
            }
        }

        return null;
    }
}
