using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zongzhi.Data;
using Zongzhi.Domain.Accountability;
using Zongzhi.Domain.Information;
using Zongzhi.Features.Accountability;

namespace Zongzhi.Features.Information;

/// <summary>
/// 重大突发事件未及时确认: every recipient of an emergency report (信息收集通报制度（二）4) who acknowledged it late
/// or not at all, measured against <see cref="InformationOptions.EmergencyAcknowledgementMinutes"/> from when they
/// were told. One flat join (no correlated subquery, so SQLite needs no APPLY); the discipline officer decides.
/// </summary>
public sealed class EmergencyAccountabilityFacts(ZongzhiDb db, TimeProvider time, IOptions<InformationOptions> options) : IAccountabilityFactSource
{
    public async Task<IReadOnlyList<AccountabilityFact>> GatherAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromMinutes(Math.Max(1, options.Value.EmergencyAcknowledgementMinutes));
        var rows = await (from a in db.Set<EmergencyAcknowledgement>()
                          join i in db.InformationItems on EF.Property<long>(a, "InformationItemId") equals i.Id
                          join u in db.Users on a.UserId equals u.Id into users
                          from u in users.DefaultIfEmpty()
                          where i.Source == InformationSource.MajorIncident
                          select new { ItemId = i.Id, i.Number, a.UserId, a.NotifiedAt, a.AcknowledgedAt, DepartmentId = u == null ? null : u.DepartmentId })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        return [.. rows.Where(r => (r.AcknowledgedAt ?? now) > r.NotifiedAt + window).Select(r => new UnacknowledgedEmergencyFact(r.ItemId, r.NotifiedAt + window, r.AcknowledgedAt, r.DepartmentId, r.UserId,
            [new EvidenceLink("InformationItem", r.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture), $"重大突发事件 {r.Number}")]))];
    }
}
