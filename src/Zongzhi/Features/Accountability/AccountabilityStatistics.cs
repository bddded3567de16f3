using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Accountability;
using Zongzhi.Platform;

namespace Zongzhi.Features.Accountability;

/// <summary>
/// Records opened in a period, by department and ground, with their outcomes: the accountability table of the
/// monthly meeting pack (综治例会). The period is in town dates, both ends included.
/// </summary>
public sealed class AccountabilityStatistics(ZongzhiDb db, TownClock clock)
{
    public sealed record Row(long? DepartmentId, long? GroundId, string? GroundCode, string? GroundSummary, int Opened, int Closed,
        IReadOnlyDictionary<AccountabilityOutcome, int> Outcomes);

    public async Task<IReadOnlyList<Row>> ByDepartmentAndGroundAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var start = clock.StartOfDayUtc(from);
        var end = clock.StartOfDayUtc(to.AddDays(1));
        var records = await db.AccountabilityRecords.AsNoTracking()
            .Where(r => r.OpenedAt >= start && r.OpenedAt < end)
            .Select(r => new { r.SubjectDepartmentId, r.GroundId, r.Status, r.Outcome })
            .ToListAsync(cancellationToken);
        var grounds = await db.AccountabilityGrounds.AsNoTracking().ToDictionaryAsync(g => g.Id, cancellationToken);
        return [.. records
            .GroupBy(r => (r.SubjectDepartmentId, r.GroundId))
            .Select(g => new Row(g.Key.SubjectDepartmentId, g.Key.GroundId,
                g.Key.GroundId is { } id && grounds.TryGetValue(id, out var ground) ? ground.Code : null,
                g.Key.GroundId is { } id2 && grounds.TryGetValue(id2, out var ground2) ? ground2.Summary : null,
                g.Count(),
                g.Count(r => r.Status == AccountabilityRecordStatus.Closed),
                g.Where(r => r.Outcome is not null).GroupBy(r => r.Outcome!.Value).ToDictionary(o => o.Key, o => o.Count())))
            .OrderBy(r => r.DepartmentId)
            .ThenBy(r => r.GroundCode, StringComparer.Ordinal)];
    }
}
