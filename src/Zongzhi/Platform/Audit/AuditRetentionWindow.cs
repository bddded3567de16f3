namespace Zongzhi.Platform.Audit;

/// <summary>
/// The one-row "retention window": while a row exists, the database lets entries older than
/// <see cref="DeleteBefore"/> be deleted. Only <see cref="PurgeExpiredAuditEntries"/> opens it, inside its
/// transaction, and closes it before commit, so no other statement ever sees it open.
/// </summary>
public sealed class AuditRetentionWindow
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public DateTime DeleteBefore { get; set; }
}
