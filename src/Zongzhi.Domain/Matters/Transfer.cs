namespace Zongzhi.Domain.Matters;

/// <summary>
/// A transfer (移交) of a matter to a unit outside the center or outside the town's authority, with its written
/// notice; the matter stays traceable by the receiving unit and the dates. One type for both transfers of the
/// regulation (see <see cref="TransferKind"/>). Owned value (no identity).
/// </summary>
public sealed class Transfer
{
    private Transfer()
    {
        ReceivingUnit = "";
        TransferredByUserId = "";
        Notice = null!;
    }

    /// <summary>Which transfer it is.</summary>
    public TransferKind Kind { get; private set; }

    /// <summary>The receiving unit or competent agency (承办单位 / 有关部门).</summary>
    public string ReceivingUnit { get; private set; }

    /// <summary>The day the case leader contacted the competent agency (outside the town's authority only).</summary>
    public DateOnly? ContactedOn { get; private set; }

    /// <summary>The written notice (书面通报 / 书面告知).</summary>
    public WrittenNotice Notice { get; private set; }

    /// <summary>When it was transferred (UTC).</summary>
    public DateTime TransferredAt { get; private set; }

    /// <summary>The town's date of the transfer.</summary>
    public DateOnly TransferredOn { get; private set; }

    /// <summary>Who transferred it.</summary>
    public string TransferredByUserId { get; private set; }

    /// <summary>When the center filed the notice (备案); required before archiving a transfer out of the town's authority.</summary>
    public DateTime? FiledAt { get; private set; }

    /// <summary>Who filed it.</summary>
    public string? FiledByUserId { get; private set; }

    /// <summary>Whether the center has filed the notice.</summary>
    public bool IsFiled => FiledAt is not null;

    internal static Transfer Create(TransferKind kind, string receivingUnit, DateOnly? contactedOn, WrittenNotice notice, string userId, DateTime now, DateOnly today) => new()
    {
        Kind = kind,
        ReceivingUnit = receivingUnit,
        ContactedOn = contactedOn,
        Notice = notice,
        TransferredAt = now,
        TransferredOn = today,
        TransferredByUserId = userId,
    };

    internal void File(string userId, DateTime now)
    {
        FiledAt = now;
        FiledByUserId = userId;
    }
}
