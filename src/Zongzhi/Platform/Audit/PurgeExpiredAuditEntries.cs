using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;

namespace Zongzhi.Platform.Audit;

/// <summary>
/// The retention job, the only path that deletes audit entries (D7): inside one transaction it opens the retention
/// window at now − RetentionDays (never less than 180 days), deletes the entries older than that, closes the window,
/// and appends its own entry naming the cutoff, the count and the anchor of the remaining chain (the first retained
/// entry's sequence and previous hash), which <see cref="VerifyAuditChain"/> accepts as the chain's new start.
/// On PostgreSQL with a separate app role, run it as the table's owner (<c>zongzhi audit purge</c>).
/// </summary>
public sealed class PurgeExpiredAuditEntries(ZongzhiDb db, AuditTrail audit, TownClock clock, IConfiguration configuration)
{
    public const string Action = "audit.retention.purge";

    public sealed record Anchor(long? FirstRetainedSequence, string? FirstRetainedPreviousHash);

    public sealed record Outcome(DateTime DeleteBefore, int Deleted);

    public async Task<Outcome> RunAsync(CancellationToken cancellationToken = default)
    {
        var options = AuditOptions.From(configuration);
        var deleteBefore = AuditHash.Normalise(clock.UtcNow().AddDays(-options.RetentionDays));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Take the chain lock first so no append interleaves with the anchor read below.
        await AuditStoreSql.LockChainAsync(db, cancellationToken);
        db.AuditRetentionWindows.Add(new AuditRetentionWindow { DeleteBefore = deleteBefore });
        await db.SaveChangesAsync(cancellationToken);

        var deleted = await db.AuditEntries.Where(a => a.At < deleteBefore).ExecuteDeleteAsync(cancellationToken);
        await db.AuditRetentionWindows.ExecuteDeleteAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var first = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence)
            .Select(a => new { a.Sequence, a.PreviousHash }).FirstOrDefaultAsync(cancellationToken);
        audit.Record("AuditTrail", null, Action, new
        {
            deleteBefore,
            options.RetentionDays,
            deleted,
            firstRetainedSequence = first?.Sequence,
            firstRetainedPreviousHash = first?.PreviousHash,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Outcome(deleteBefore, deleted);
    }
}
