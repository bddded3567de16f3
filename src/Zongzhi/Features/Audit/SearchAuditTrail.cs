using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Platform;

namespace Zongzhi.Features.Audit;

/// <summary>The auditor's search: read-only, by keyset page.</summary>
public sealed class SearchAuditTrail(ZongzhiDb db, TownClock clock)
{
    public async Task<AuditPage> RunAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var take = query.Take ?? AuditQuery.DefaultTake;
        var rows = await query.Apply(db, clock).AsNoTracking().Take(take + 1).ToListAsync(cancellationToken);
        var items = rows.Take(take).Select(AuditEntryView.From).ToList();
        return new AuditPage(items, rows.Count > take ? items[^1].Id : null);
    }
}
