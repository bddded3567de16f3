using System.Threading.Channels;
using Zongzhi.Data;

namespace Zongzhi.Platform.Audit;

/// <summary>
/// Group commit of audit entries that record a read (a view of personal data, issue 8). A read changes nothing else,
/// so its entry need not share a transaction with anything; but every view must be in the trail before the data is
/// shown. Each caller hands its entry over and waits until the transaction that holds it has committed; one writer
/// links everything queued meanwhile into the hash chain and commits it in ONE transaction (one chain lock, one head
/// read, one fsync) — under load many views share a commit instead of each paying for its own, serialised on the
/// chain. Nothing is lost: the caller's answer waits for the commit, and a failed commit fails every waiting request
/// (the data is not shown). The queue is bounded (<see cref="Capacity"/>): when full, callers wait for room.
/// </summary>
public sealed class AuditGroupCommit : IAsyncDisposable, IDisposable
{
    public const int Capacity = 10_000;
    private const int MaxBatch = 1_000;

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<AuditGroupCommit> _logger;
    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(Capacity) { SingleReader = true });
    private readonly Task _writer;

    public AuditGroupCommit(IServiceScopeFactory scopes, ILogger<AuditGroupCommit> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _writer = Task.Run(WriteAsync);
    }

    private sealed record Pending(AuditEntry Entry, TaskCompletionSource Committed);

    /// <summary>Completes when <paramref name="entry"/> is committed to the chain; throws when its commit failed.</summary>
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var pending = new Pending(entry, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        // Once queued the entry is written even if this caller gives up waiting.
        await pending.Committed.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ZongzhiDb>();
                db.AuditEntries.AddRange(batch.Select(p => p.Entry));
                await db.SaveChangesAsync(); // AuditChain: one transaction, chain lock, head read, commit
                foreach (var pending in batch)
                {
                    pending.Committed.TrySetResult();
                }
            }
#pragma warning disable CA1031 // the writer must survive any failure and report it to every waiting caller
            catch (Exception exception)
#pragma warning restore CA1031
            {
                _logger.LogError(exception, "Audit group commit of {Count} entries failed", batch.Count);
                foreach (var pending in batch)
                {
                    pending.Committed.TrySetException(new InvalidOperationException("The audit entry could not be saved.", exception));
                }
            }
        }
    }

    /// <summary>Stops taking entries and waits until those already queued are written.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(30));
    }
}
