using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;

namespace Zongzhi.Platform;

/// <summary>
/// Draws the next number of a sequence inside the caller's transaction: an atomic UPDATE … SET Value = Value + 1
/// holds the row (PostgreSQL) or the database (SQLite) until commit, so numbers are unique across nodes and
/// restarts, and a rolled-back registration gives its number back. Call <see cref="EnsureAsync"/> before the
/// transaction begins: creating a missing sequence needs its own short transaction.
/// </summary>
public sealed class NumberSequences(ZongzhiDb db, IServiceScopeFactory scopes)
{
    private static readonly ConcurrentDictionary<(string Connection, string Name), byte> Known = new();

    /// <summary>Creates the sequence if it does not exist yet (a race between nodes costs one failed insert).</summary>
    public async Task EnsureAsync(string name, CancellationToken cancellationToken = default)
    {
        // Sequences are never deleted: once seen in this database, the look-up is skipped (one query per
        // registration, issue 8). A database swapped underneath (a restore) fails one NextAsync, which forgets it.
        var known = (db.Database.GetConnectionString() ?? "", name);
        if (Known.ContainsKey(known))
        {
            return;
        }

        if (await db.Set<NumberSequence>().AnyAsync(s => s.Name == name, cancellationToken))
        {
            Known.TryAdd(known, 0);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<ZongzhiDb>();
        own.Set<NumberSequence>().Add(new NumberSequence { Name = name, Value = 0 });
        try
        {
            await own.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request or node created it first.
        }
    }

    /// <summary>The next number; inside the transaction that saves the numbered record.</summary>
    public async Task<long> NextAsync(string name, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Draw numbers inside the transaction that saves the numbered record.");
        }

        var updated = await db.Set<NumberSequence>().Where(s => s.Name == name)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value + 1), cancellationToken);
        if (updated != 1)
        {
            Known.TryRemove((db.Database.GetConnectionString() ?? "", name), out _);
            throw new InvalidOperationException($"Sequence {name} does not exist: call EnsureAsync before the transaction.");
        }

        return await db.Set<NumberSequence>().Where(s => s.Name == name).Select(s => s.Value).SingleAsync(cancellationToken);
    }
}
