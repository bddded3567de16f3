namespace Zongzhi.Features.Attachments;

/// <summary>
/// The checks every upload passes before anything is stored, for matters and information items alike: a file is
/// present, within the size limit (<see cref="AttachmentStore.MaxBytes"/>), names and description fit, and its
/// content is one of the accepted kinds (<see cref="FileKinds"/>), whatever the name or the browser claims.
/// </summary>
public static class AttachmentUpload
{
    public const string KindsMessage = "只接受 PDF、JPG、PNG、Word（doc/docx）和 Excel（xls/xlsx）文件，且文件内容须与扩展名一致";

    public sealed record Checked(FileKinds.Kind? Kind, string? Field, string? Error);

    public static async Task<Checked> CheckAsync(IFormFile? file, string? description, AttachmentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (file is null || file.Length == 0)
        {
            return new(null, "file", "请选择要上传的文件");
        }

        if (file.Length > store.MaxBytes)
        {
            return new(null, "file", $"文件不能超过 {store.MaxBytes / 1024 / 1024} MB");
        }

        if (file.FileName.Length is 0 or > 200 || (description?.Length ?? 0) > 200)
        {
            return new(null, file.FileName.Length > 200 ? "file" : "description", "文件名、说明不能超过 200 个字");
        }

        var head = new byte[8];
        await using (var peek = file.OpenReadStream())
        {
            _ = await peek.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }

        return FileKinds.Recognise(head, file.FileName) is { } kind ? new(kind, null, null) : new(null, "file", KindsMessage);
    }
}
