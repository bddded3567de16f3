using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Features.Attachments;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Information;

/// <summary>
/// 信息附件: files attached to an information item, with the same checks as a matter's (<see cref="AttachmentUpload"/>:
/// type by content, size limit) and the same store (generated names, hashed, never overwritten). Anyone who may see
/// the item may attach to it; each upload is audited with the item.
/// </summary>
public sealed class InformationAttachments(ZongzhiDb db, AttachmentStore store, AuditTrail audit, TownClock clock, InformationAccess access)
{
    public sealed record Uploaded(Attachment? Attachment, bool NotFound, string? Field, string? Error);

    public AttachmentStore Store => store;

    /// <summary>Writes the checked file and adds its record and audit entry to the caller's unit of work (not saved).</summary>
    public async Task<Attachment> AddAsync(long itemId, IFormFile file, FileKinds.Kind kind, string? description, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(kind);
        await using var content = file.OpenReadStream();
        var saved = await store.SaveAsync(content, clock.Today().Year, cancellationToken);
        var attachment = new Attachment
        {
            InformationItemId = itemId, FileName = file.FileName, ContentType = kind.ContentType, Size = saved.Size, Sha256 = saved.Sha256,
            StoredName = saved.StoredName, Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            UploadedAt = clock.UtcNow(), UploadedByUserId = userId,
        };
        db.Attachments.Add(attachment);
        audit.Record("InformationItem", itemId, "attachment.upload", new { size = saved.Size, contentType = kind.ContentType, sha256 = saved.Sha256 });
        return attachment;
    }

    /// <summary>Uploads one file to an item the user may see (404 otherwise); the file is removed again if the record is not saved.</summary>
    public async Task<Uploaded> UploadAsync(CurrentUser.Snapshot user, long itemId, IFormFile? file, string? description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await access.Visible(user).AnyAsync(i => i.Id == itemId, cancellationToken))
        {
            return new(null, true, null, "未找到该信息");
        }

        var checkedFile = await AttachmentUpload.CheckAsync(file, description, store, cancellationToken);
        if (checkedFile.Kind is not { } kind)
        {
            return new(null, false, checkedFile.Field, checkedFile.Error);
        }

        var attachment = await AddAsync(itemId, file!, kind, description, user.Id, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            store.Discard(attachment.StoredName);
            throw;
        }

        return new(attachment, false, null, null);
    }

    public Task<List<Attachment>> ListAsync(long itemId, CancellationToken cancellationToken) =>
        db.Attachments.AsNoTracking().Where(a => a.InformationItemId == itemId).OrderBy(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>Whether the item exists within the user's scope.</summary>
    public Task<bool> CanSeeAsync(CurrentUser.Snapshot user, long itemId, CancellationToken cancellationToken) =>
        access.Visible(user).AnyAsync(i => i.Id == itemId, cancellationToken);

}
