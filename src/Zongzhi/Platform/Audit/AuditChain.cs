using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;

namespace Zongzhi.Platform.Audit;

/// <summary>
/// Links new audit entries into the one hash chain as they are saved, and refuses any change to a saved entry.
/// The append is serialised across requests and app nodes: on PostgreSQL by a transaction-scoped advisory lock
/// (<see cref="AuditStoreSql.LockChainAsync"/>), on SQLite by the database's write lock (EF opens
/// <c>BEGIN IMMEDIATE</c>); the last hash is read inside that transaction, and the change, its entries and the new
/// chain head commit together (D2).
/// </summary>
public static class AuditChain
{
    public static async Task<int> SaveAsync(ZongzhiDb db, Func<CancellationToken, Task<int>> save, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(save);
        var added = NewEntries(db);
        if (added.Count == 0)
        {
            return await save(cancellationToken);
        }

        if (db.Database.CurrentTransaction is not null)
        {
            await LinkAsync(db, added, cancellationToken);
            return await save(cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LinkAsync(db, added, cancellationToken);
        var count = await save(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    public static int Save(ZongzhiDb db, Func<int> save)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(save);
        var added = NewEntries(db);
        if (added.Count == 0)
        {
            return save();
        }

        if (db.Database.CurrentTransaction is not null)
        {
            LinkAsync(db, added, CancellationToken.None).GetAwaiter().GetResult();
            return save();
        }

        using var transaction = db.Database.BeginTransaction();
        LinkAsync(db, added, CancellationToken.None).GetAwaiter().GetResult();
        var count = save();
        transaction.Commit();
        return count;
    }

    private static List<AuditEntry> NewEntries(ZongzhiDb db)
    {
        var added = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries<AuditEntry>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    added.Add(entry.Entity);
                    break;
                case EntityState.Modified or EntityState.Deleted:
                    // The database refuses it too (trigger); this names the bug before the round trip.
                    throw new InvalidOperationException("Audit entries are append-only; only PurgeExpiredAuditEntries removes expired ones.");
            }
        }

        return added;
    }

    private static async Task LinkAsync(ZongzhiDb db, List<AuditEntry> added, CancellationToken cancellationToken)
    {
        await AuditStoreSql.LockChainAsync(db, cancellationToken);
        var head = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = head?.Sequence ?? 0;
        var previous = head?.Hash ?? AuditHash.Genesis;
        foreach (var entry in added)
        {
            entry.At = AuditHash.Normalise(entry.At);
            entry.Sequence = ++sequence;
            entry.PreviousHash = previous;
            entry.Hash = AuditHash.Compute(entry);
            previous = entry.Hash;
        }
    }
}
