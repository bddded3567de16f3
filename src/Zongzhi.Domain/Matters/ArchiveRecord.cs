namespace Zongzhi.Domain.Matters;

/// <summary>
/// The archive entry of a matter (归档记录): its archive number and the list of materials filed. Owned value (no identity).
/// </summary>
public sealed class ArchiveRecord
{
    private readonly List<string> _materials = [];

    private ArchiveRecord()
    {
        ArchiveNumber = "";
        ArchivedByUserId = "";
    }

    /// <summary>档案号.</summary>
    public string ArchiveNumber { get; private set; }

    /// <summary>The materials filed (归档材料清单), one line each.</summary>
    public IReadOnlyList<string> Materials => _materials;

    /// <summary>When it was archived (UTC).</summary>
    public DateTime ArchivedAt { get; private set; }

    /// <summary>Who archived it.</summary>
    public string ArchivedByUserId { get; private set; }

    internal static ArchiveRecord Create(string archiveNumber, IEnumerable<string> materials, string userId, DateTime now)
    {
        var record = new ArchiveRecord
        {
            ArchiveNumber = archiveNumber,
            ArchivedAt = now,
            ArchivedByUserId = userId,
        };
        record._materials.AddRange(materials);
        return record;
    }
}
