using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Information;

/// <summary>
/// 综治例会统计: the figures of one month from what the system holds (信息收集通报制度（二）5). Matters count by the
/// town's date of receipt; deadlines met in the month count as on time against their ORIGINAL due date, so an
/// extension does not turn a late result into an on-time one.
/// </summary>
public sealed class MonthlyStatistics(ZongzhiDb db, TownClock clock, IOptions<InformationOptions> options)
{
    public sealed record Core(int MattersReceived, int MattersAccepted, int MattersClosed, int InformationItems, int Emergencies);

    public sealed record Figures(
        string Month, Core Totals, IReadOnlyDictionary<string, int> ByChannel, IReadOnlyDictionary<string, int> ByCategory,
        IReadOnlyDictionary<string, int> ByVillage, int MetOnTime, int MetLate, double? OnTimeRate, int Callbacks, int Satisfied,
        double? SatisfactionRate, int Rehandlings, int LeaderCasesAssigned, int LeaderCasesClosed, int ExtensionsRequested,
        int ExtensionsApproved, IReadOnlyDictionary<string, int> InformationBySource, int VillageReportsReceived, int VillageReportsMissing,
        Core PreviousMonth, Core SameMonthLastYear);

    public async Task<Figures> RunAsync(ReportMonth month, CancellationToken cancellationToken)
    {
        var (from, to) = Range(month);
        var first = month.FirstDay;
        var last = month.LastDay;
        var received = db.Matters.Where(m => m.ReceivedAt >= from && m.ReceivedAt < to);
        var byChannel = await received.GroupBy(m => m.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byCategory = await received.GroupBy(m => m.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byVillage = await received.Where(m => m.VillageId != null).GroupBy(m => m.VillageId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var met = db.Deadlines.Where(d => (d.Subject == DeadlineSubject.AssignmentRound || d.Subject == DeadlineSubject.LeaderCase)
            && d.MetOn >= first && d.MetOn <= last);
        // One aggregate query per figure group (issue 8), each over an index on its date.
        var metCounts = await met.GroupBy(d => 1).Select(g => new { OnTime = g.Count(d => d.MetOn <= d.OriginalDueOn), Late = g.Count(d => d.MetOn > d.OriginalDueOn) })
            .SingleOrDefaultAsync(cancellationToken);
        var (onTime, late) = (metCounts?.OnTime ?? 0, metCounts?.Late ?? 0);
        var callbacks = db.Matters.SelectMany(m => m.Callbacks).Where(c => c.CalledBackOn >= first && c.CalledBackOn <= last);
        var callbackCounts = await callbacks.GroupBy(c => 1).Select(g => new { All = g.Count(), Satisfied = g.Count(c => c.Satisfaction != Satisfaction.Unsatisfied) })
            .SingleOrDefaultAsync(cancellationToken);
        var (callbackCount, satisfied) = (callbackCounts?.All ?? 0, callbackCounts?.Satisfied ?? 0);
        var rehandlings = await db.AssignmentRounds.CountAsync(r => r.RoundNumber > 1 && r.StartedOn >= first && r.StartedOn <= last, cancellationToken);
        var leaderAssigned = await db.LeaderCases.CountAsync(c => c.AssignedAt >= from && c.AssignedAt < to, cancellationToken);
        var leaderClosed = await db.LeaderCases.CountAsync(c => c.ClosedAt >= from && c.ClosedAt < to, cancellationToken);
        var extensions = db.ExtensionRequests.Where(e => e.RequestedOn >= first && e.RequestedOn <= last);
        var extensionCounts = await extensions.GroupBy(e => 1).Select(g => new { All = g.Count(), Approved = g.Count(e => e.Status == ExtensionRequestStatus.Approved) })
            .SingleOrDefaultAsync(cancellationToken);
        var (extensionsRequested, extensionsApproved) = (extensionCounts?.All ?? 0, extensionCounts?.Approved ?? 0);
        var bySource = await db.InformationItems.Where(i => i.RegisteredAt >= from && i.RegisteredAt < to)
            .GroupBy(i => i.Source).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var reports = await db.VillageReports.CountAsync(r => r.Month == month && r.Status == VillageReportStatus.Submitted, cancellationToken);
        var activeVillages = await db.Villages.CountAsync(v => v.IsActive, cancellationToken);
        var pastDue = clock.Today() > month.DueOn(options.Value.VillageReportDueDay);
        var villageNames = await db.Villages.ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        return new Figures(month.ToString(), await CoreAsync(month, cancellationToken),
            byChannel.OrderBy(x => x.Key).ToDictionary(x => x.Key.ToString(), x => x.Count),
            byCategory.OrderBy(x => x.Key, StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.Count),
            byVillage.OrderBy(x => x.Key).ToDictionary(x => villageNames.GetValueOrDefault(x.Key!.Value, x.Key.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), x => x.Count),
            onTime, late, Rate(onTime, onTime + late), callbackCount, satisfied, Rate(satisfied, callbackCount), rehandlings, leaderAssigned, leaderClosed,
            extensionsRequested, extensionsApproved, bySource.OrderBy(x => x.Key).ToDictionary(x => x.Key.ToString(), x => x.Count),
            reports, pastDue ? Math.Max(0, activeVillages - reports) : 0,
            await CoreAsync(month.Previous, cancellationToken), await CoreAsync(month.YearEarlier, cancellationToken));
    }

    private async Task<Core> CoreAsync(ReportMonth month, CancellationToken cancellationToken)
    {
        var (from, to) = Range(month);
        var information = await db.InformationItems.Where(i => i.RegisteredAt >= from && i.RegisteredAt < to).GroupBy(i => 1)
            .Select(g => new { All = g.Count(), Emergencies = g.Count(i => i.Source == InformationSource.MajorIncident) }).SingleOrDefaultAsync(cancellationToken);
        return new Core(
            await db.Matters.CountAsync(m => m.ReceivedAt >= from && m.ReceivedAt < to, cancellationToken),
            await db.MatterEvents.CountAsync(e => e.Kind == MatterEventKind.Accepted && e.At >= from && e.At < to, cancellationToken),
            await db.Matters.CountAsync(m => m.ClosedAt >= from && m.ClosedAt < to, cancellationToken),
            information?.All ?? 0,
            information?.Emergencies ?? 0);
    }

    private (DateTime From, DateTime To) Range(ReportMonth month) => (clock.StartOfDayUtc(month.FirstDay), clock.StartOfDayUtc(month.Next.FirstDay));

    private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1);
}
