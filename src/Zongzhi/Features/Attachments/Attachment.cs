namespace Zongzhi.Features.Attachments;

/// <summary>
/// A file attached to a matter (附件) — to the matter itself, or to a progress note, a result or a leader case of it
/// (<see cref="OwnerType"/>/<see cref="OwnerId"/>) — or to an information item (信息附件, <see cref="InformationItemId"/>).
/// Exactly one of <see cref="MatterId"/> and <see cref="InformationItemId"/> is set. Stored under a generated name
/// outside the web root; never deleted.
/// </summary>
public sealed class Attachment
{
    public long Id { get; set; }

    public long? MatterId { get; set; }

    public long? InformationItemId { get; set; }

    /// <summary>What inside the matter it belongs to, e.g. "ProgressNote"; null for the matter itself.</summary>
    public string? OwnerType { get; set; }

    public long? OwnerId { get; set; }

    /// <summary>The name the user's file had (shown, never used as a path).</summary>
    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    /// <summary>Relative path under the attachments folder: year/guid.</summary>
    public string StoredName { get; set; } = "";

    public string? Description { get; set; }

    public DateTime UploadedAt { get; set; }

    public string UploadedByUserId { get; set; } = "";
}
