using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Accountability;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.Matters;
using Zongzhi.Features.Accountability;
using Zongzhi.Platform;

namespace Zongzhi.Features.Supervision;

/// <summary>
/// The facts the supervision system holds that may ground accountability (责任追究): sheets past their deadline
/// without an approved extension, re-handling ordered, parties unsatisfied at callback, calls for materials and report
/// requests unanswered by their date. The discipline officer decides; this only gathers.
/// </summary>
public sealed class SupervisionAccountabilityFacts(ZongzhiDb db, TownClock clock) : IAccountabilityFactSource
{
    public async Task<IReadOnlyList<AccountabilityFact>> GatherAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var facts = new List<AccountabilityFact>();
        var rounds = await (from r in db.AssignmentRounds
                            join s in db.AssignmentSheets on EF.Property<long>(r, "AssignmentSheetId") equals s.Id
                            join d in db.Deadlines on EF.Property<long>(r, "DeadlineId") equals d.Id
                            where (d.MetOn == null && d.DueOn < today) || d.MetOn > d.DueOn || r.Outcome == ReviewOutcome.RehandlingOrdered
                            select new
                            {
                                RoundId = r.Id, SheetId = s.Id, s.MatterId, s.HandlingDepartmentId, s.HandlerUserId, d.DueOn, d.MetOn, r.Outcome, r.ReviewedAt,
                                SubmittedOn = r.Result == null ? (DateOnly?)null : r.Result.SubmittedOn,
                                PendingExtension = r.ExtensionRequests.Any(e => e.Status == ExtensionRequestStatus.Pending),
                            }).ToListAsync(cancellationToken);
        foreach (var r in rounds)
        {
            var evidence = new List<EvidenceLink> { new("Matter", Id(r.MatterId)), new("AssignmentSheet", Id(r.SheetId)) };
            if ((r.MetOn ?? today) > r.DueOn && (r.MetOn is not null || r.DueOn < today))
            {
                facts.Add(new OverdueSheetFact(r.SheetId, r.DueOn, r.SubmittedOn, r.PendingExtension, r.HandlingDepartmentId, r.HandlerUserId, evidence));
            }

            if (r.Outcome == ReviewOutcome.RehandlingOrdered && r.ReviewedAt is { } reviewedAt)
            {
                facts.Add(new RehandlingOrderedFact(r.RoundId, clock.DateOf(reviewedAt), r.HandlingDepartmentId, r.HandlerUserId, evidence));
            }
        }

        var unsatisfied = await (from m in db.Matters
                                 from c in m.Callbacks
                                 where c.Satisfaction == Satisfaction.Unsatisfied
                                 select new
                                 {
                                     CallbackId = c.Id, c.CalledBackOn, MatterId = m.Id,
                                     Sheet = db.AssignmentSheets.Where(s => s.MatterId == m.Id).Select(s => new { s.HandlingDepartmentId, s.HandlerUserId }).FirstOrDefault(),
                                 }).ToListAsync(cancellationToken);
        facts.AddRange(unsatisfied.Select(c => new UnsatisfiedCallbackFact(c.CallbackId, c.CalledBackOn, c.Sheet?.HandlingDepartmentId, c.Sheet?.HandlerUserId,
            [new EvidenceLink("Matter", Id(c.MatterId), "回访不满意")])));

        facts.AddRange(await UnansweredAsync(today, cancellationToken));
        return facts;
    }

    private async Task<IEnumerable<AccountabilityFact>> UnansweredAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var materials = await (from r in db.MaterialsRequests
                               join d in db.Deadlines on EF.Property<long>(r, "DeadlineId") equals d.Id
                               where (d.MetOn == null && d.DueOn < today) || d.MetOn > d.DueOn
                               select new { r.Id, r.MatterId, r.DepartmentId, d.DueOn, d.MetOn }).ToListAsync(cancellationToken);
        var reports = await (from r in db.ReportRequests
                             join d in db.Deadlines on EF.Property<long>(r, "DeadlineId") equals d.Id
                             where (d.MetOn == null && d.DueOn < today) || d.MetOn > d.DueOn
                             select new { r.Id, r.MatterId, r.DepartmentId, r.ReporterUserId, d.DueOn, d.MetOn }).ToListAsync(cancellationToken);
        return materials.Select(r => (AccountabilityFact)new UnansweredRequestFact(SupervisionRequestKind.MaterialsRequest, r.Id, r.DueOn, r.MetOn, r.DepartmentId, null,
                [new EvidenceLink("Matter", Id(r.MatterId)), new EvidenceLink("MaterialsRequest", Id(r.Id))]))
            .Concat(reports.Select(r => new UnansweredRequestFact(SupervisionRequestKind.ReportRequest, r.Id, r.DueOn, r.MetOn, r.DepartmentId, r.ReporterUserId,
                [new EvidenceLink("Matter", Id(r.MatterId)), new EvidenceLink("ReportRequest", Id(r.Id))])));
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
