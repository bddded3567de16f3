using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Accountability;
using Zongzhi.Platform;

namespace Zongzhi.Features.Accountability;

/// <summary>
/// The open candidates: facts from every registered <see cref="IAccountabilityFactSource"/>, passed through
/// <see cref="AccountabilityCandidates.Find"/>, less those already opened as a record or dismissed.
/// </summary>
public sealed class ListAccountabilityCandidates(ZongzhiDb db, IEnumerable<IAccountabilityFactSource> sources, TownClock clock)
{
    public async Task<IReadOnlyList<AccountabilityCandidate>> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var facts = new List<AccountabilityFact>();
        foreach (var source in sources)
        {
            facts.AddRange(await source.GatherAsync(today, cancellationToken));
        }

        var candidates = AccountabilityCandidates.Find(facts, today, clock.UtcNow());
        var keys = candidates.Select(c => c.Key).ToList();
        var opened = await db.AccountabilityRecords.Where(r => r.CandidateKey != null && keys.Contains(r.CandidateKey))
            .Select(r => r.CandidateKey!).ToListAsync(cancellationToken);
        var dismissed = await db.CandidateDismissals.Where(d => keys.Contains(d.CandidateKey))
            .Select(d => d.CandidateKey).ToListAsync(cancellationToken);
        var settled = opened.Concat(dismissed).ToHashSet(StringComparer.Ordinal);
        return [.. candidates.Where(c => !settled.Contains(c.Key))];
    }

    public async Task<AccountabilityCandidate?> FindAsync(string key, CancellationToken cancellationToken = default) =>
        (await RunAsync(cancellationToken)).FirstOrDefault(c => c.Key == key);
}
