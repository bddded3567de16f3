using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Meetings;
using Zongzhi.Features.Accountability;
using Zongzhi.Features.Information;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Meetings;

/// <summary>
/// The statistics of a period (week, month, quarter) for the town or one village, from what the system holds: the
/// monthly meeting pack (综治例会) and the written periodic reports (定期书面报告) read the same figures. Matters count by
/// the town's date of receipt; deadlines met count as on time against their ORIGINAL last day.
/// </summary>
public sealed class PeriodStatistics(ZongzhiDb db, TownClock clock, AccountabilityStatistics accountability, IOptions<InformationOptions> options)
{
    private static readonly DeadlineSubject[] Handled = [DeadlineSubject.AssignmentRound, DeadlineSubject.LeaderCase];

    /// <summary>The whole town (both null), one village, or one department (the matters on its assignment sheets).</summary>
    public sealed record Scope(long? VillageId, long? DepartmentId)
    {
        public static Scope Town { get; } = new(null, null);

        public bool IsTown => VillageId is null && DepartmentId is null;
    }

    public Task<PeriodFigures> RunAsync(ReportPeriod period, long? villageId, CancellationToken cancellationToken) =>
        RunAsync(period, new Scope(villageId, null), cancellationToken);

    public async Task<PeriodFigures> RunAsync(ReportPeriod period, Scope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var villageId = scope.VillageId;
        var names = await Names.LoadAsync(db, cancellationToken);
        var matters = Matters(scope);
        var (from, to) = Range(period);
        var received = matters.Where(m => m.ReceivedAt >= from && m.ReceivedAt < to);
        var byChannel = (await received.GroupBy(m => m.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .OrderBy(x => x.Key).Select(x => new PeriodFigures.Count(x.Key.ToString(), MatterLabels.Of(x.Key), x.Count)).ToList();
        var byCategory = await CountByAsync(received, m => m.Category, names.Category, cancellationToken);
        var byVillage = await CountByAsync(received.Where(m => m.VillageId != null), m => m.VillageId!.Value, names.Village, cancellationToken);

        var core = await CoreAsync(period, scope, cancellationToken);
        var deadlines = await HandlingAsync(period, scope, cancellationToken);
        var callbacks = matters.SelectMany(m => m.Callbacks).Where(c => c.CalledBackOn >= period.FirstDay && c.CalledBackOn <= period.LastDay);
        var callbackCount = await callbacks.CountAsync(cancellationToken);
        var satisfied = await callbacks.CountAsync(c => c.Satisfaction != Satisfaction.Unsatisfied, cancellationToken);
        var ids = matters.Select(m => m.Id);
        var ratings = db.MatterEvaluations.Where(e => ids.Contains(e.MatterId) && e.RatedOn >= period.FirstDay && e.RatedOn <= period.LastDay);
        var ratingCount = await ratings.CountAsync(cancellationToken);
        var ratedSatisfied = await ratings.CountAsync(e => e.Rating != Satisfaction.Unsatisfied, cancellationToken);
        var rehandlings = await db.AssignmentSheets.Where(s => ids.Contains(s.MatterId)).SelectMany(s => s.Rounds)
            .CountAsync(r => r.RoundNumber > 1 && r.StartedOn >= period.FirstDay && r.StartedOn <= period.LastDay, cancellationToken);
        var cases = db.LeaderCases.Where(c => ids.Contains(c.MatterId));
        var casesAssigned = await cases.CountAsync(c => c.AssignedAt >= from && c.AssignedAt < to, cancellationToken);
        var casesClosed = await cases.CountAsync(c => c.ClosedAt >= from && c.ClosedAt < to, cancellationToken);
        var extensionStatuses = await db.AssignmentSheets.Where(s => ids.Contains(s.MatterId)).SelectMany(s => s.Rounds).SelectMany(r => r.ExtensionRequests)
            .Where(e => e.RequestedOn >= period.FirstDay && e.RequestedOn <= period.LastDay).Select(e => e.Status).ToListAsync(cancellationToken);
        extensionStatuses.AddRange(await cases.SelectMany(c => c.ExtensionRequests)
            .Where(e => e.RequestedOn >= period.FirstDay && e.RequestedOn <= period.LastDay).Select(e => e.Status).ToListAsync(cancellationToken));

        var items = Information(scope);
        var bySource = (await items.Where(i => i.RegisteredAt >= from && i.RegisteredAt < to).GroupBy(i => i.Source)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .OrderBy(x => x.Key).Select(x => new PeriodFigures.Count(x.Key.ToString(), MeetingLabels.Of(x.Key), x.Count)).ToList();
        var openEmergencies = await items.CountAsync(i => i.Source == InformationSource.MajorIncident && i.RegisteredAt < to
            && (i.Outcome == null || i.Outcome == InformationOutcome.Noted), cancellationToken);

        // Village reports concern villages: none in a department's scope.
        var (reportsReceived, reportsMissing, missingNames) = scope.DepartmentId is null
            ? await VillageReportsAsync(period, villageId, names, cancellationToken)
            : (null, null, []);
        var accountabilityRows = scope.IsTown ? await AccountabilityAsync(period, names, cancellationToken)
            : scope.DepartmentId is { } department
                ? [.. (await AccountabilityAsync(period, names, cancellationToken)).Where(r => r.Department == names.Department(department))]
                : [];

        var previous = period.Previous;
        var previousByVillage = await CountByAsync(Matters(scope).Where(m => m.VillageId != null && m.ReceivedAt >= Range(previous).From && m.ReceivedAt < Range(previous).To),
            m => m.VillageId!.Value, names.Village, cancellationToken);
        var previousByCategory = await CountByAsync(Matters(scope).Where(m => m.ReceivedAt >= Range(previous).From && m.ReceivedAt < Range(previous).To),
            m => m.Category, names.Category, cancellationToken);

        return new PeriodFigures(
            period.ToString(), period.Title, period.FirstDay, period.LastDay, villageId,
            villageId is { } v ? names.Village(v) : scope.DepartmentId is { } d ? names.Department(d) : "全镇",
            core, byChannel, byCategory, byVillage, deadlines,
            callbackCount, satisfied, PeriodFigures.Rate(satisfied, callbackCount),
            ratingCount, ratedSatisfied, PeriodFigures.Rate(ratedSatisfied, ratingCount),
            rehandlings, casesAssigned, casesClosed, extensionStatuses.Count, extensionStatuses.Count(s => s == ExtensionRequestStatus.Approved),
            bySource, openEmergencies, reportsReceived, reportsMissing, missingNames, accountabilityRows,
            await CoreAsync(previous, scope, cancellationToken), await CoreAsync(period.YearEarlier, scope, cancellationToken),
            Hotspot.Rising(Labelled(byVillage), Labelled(previousByVillage), 5), Hotspot.Rising(Labelled(byCategory), Labelled(previousByCategory), 5),
            await TrendAsync(ReportMonth.Of(period.LastDay), scope, cancellationToken), scope.DepartmentId);
    }

    private IQueryable<Matter> Matters(Scope scope)
    {
        var matters = scope.VillageId is { } v ? db.Matters.Where(m => m.VillageId == v) : db.Matters;
        return scope.DepartmentId is { } d ? matters.Where(m => db.AssignmentSheets.Any(s => s.MatterId == m.Id && s.HandlingDepartmentId == d)) : matters;
    }

    // Information items name a village, never a department: a department's scope counts none.
    private IQueryable<InformationItem> Information(Scope scope) =>
        scope.DepartmentId is not null ? db.InformationItems.Where(i => i.Id < 0)
        : scope.VillageId is { } v ? db.InformationItems.Where(i => i.VillageId == v) : db.InformationItems;

    private async Task<PeriodFigures.Core> CoreAsync(ReportPeriod period, Scope scope, CancellationToken cancellationToken)
    {
        var (from, to) = Range(period);
        var matters = Matters(scope);
        var received = matters.Where(m => m.ReceivedAt >= from && m.ReceivedAt < to);
        var receivedCount = await received.CountAsync(cancellationToken);
        // Taken on by the center: accepted, or handed straight to a leader (领导包案).
        var receivedAccepted = await received.CountAsync(m => m.Events.Any(e => (e.Kind == MatterEventKind.Accepted || e.Kind == MatterEventKind.HandedToLeader) && e.At < to), cancellationToken);
        var receivedClosed = await received.CountAsync(m => m.ClosedAt < to, cancellationToken);
        var accepted = await matters.CountAsync(m => m.Events.Any(e => (e.Kind == MatterEventKind.Accepted || e.Kind == MatterEventKind.HandedToLeader) && e.At >= from && e.At < to), cancellationToken);
        var closed = await matters.CountAsync(m => m.ClosedAt >= from && m.ClosedAt < to, cancellationToken);
        var met = MetIn(period, scope);
        var onTime = await met.CountAsync(d => d.MetOn <= d.OriginalDueOn, cancellationToken);
        var all = await met.CountAsync(cancellationToken);
        var items = Information(scope).Where(i => i.RegisteredAt >= from && i.RegisteredAt < to);
        return new PeriodFigures.Core(receivedCount, accepted, closed, PeriodFigures.Rate(receivedAccepted, receivedCount),
            PeriodFigures.Rate(receivedClosed, receivedCount), PeriodFigures.Rate(onTime, all),
            await items.CountAsync(cancellationToken), await items.CountAsync(i => i.Source == InformationSource.MajorIncident, cancellationToken));
    }

    private IQueryable<TrackedDeadline> HandlingDeadlines(Scope scope)
    {
        var deadlines = db.Deadlines.Where(d => Handled.Contains(d.Subject));
        if (!scope.IsTown)
        {
            var ids = Matters(scope).Select(m => m.Id);
            deadlines = deadlines.Where(d => d.MatterId != null && ids.Contains(d.MatterId.Value));
        }

        return deadlines;
    }

    private IQueryable<TrackedDeadline> MetIn(ReportPeriod period, Scope scope) =>
        HandlingDeadlines(scope).Where(d => d.MetOn >= period.FirstDay && d.MetOn <= period.LastDay);

    private async Task<PeriodFigures.Handling> HandlingAsync(ReportPeriod period, Scope scope, CancellationToken cancellationToken)
    {
        var met = MetIn(period, scope);
        var onTime = await met.CountAsync(d => d.MetOn <= d.OriginalDueOn, cancellationToken);
        var late = await met.CountAsync(d => d.MetOn > d.OriginalDueOn, cancellationToken);
        var asOf = period.LastDay < clock.Today() ? period.LastDay : clock.Today();
        var open = HandlingDeadlines(scope).Where(d => d.StartedOn <= asOf && (d.MetOn == null || d.MetOn > asOf));
        var openCount = await open.CountAsync(cancellationToken);
        var overdue = await open.CountAsync(d => d.DueOn < asOf, cancellationToken);
        var extended = await met.CountAsync(d => d.IsExtended, cancellationToken);
        return new PeriodFigures.Handling(onTime, late, PeriodFigures.Rate(onTime, onTime + late), openCount, overdue, PeriodFigures.Rate(overdue, openCount), extended);
    }

    private async Task<(int?, int?, IReadOnlyList<string>)> VillageReportsAsync(ReportPeriod period, long? villageId, Names names, CancellationToken cancellationToken)
    {
        var months = period.WholeMonths;
        if (months.Count == 0)
        {
            return (null, null, []);
        }

        var first = months[0];
        var last = months[^1];
        var submitted = await db.VillageReports.Where(r => r.Status == VillageReportStatus.Submitted && (villageId == null || r.VillageId == villageId))
            .Where(r => r.Month >= first && r.Month <= last).Select(r => new { r.VillageId, r.Month }).ToListAsync(cancellationToken);
        var villages = await db.Villages.Where(v => v.IsActive && (villageId == null || v.Id == villageId)).OrderBy(v => v.SortOrder).ThenBy(v => v.Id)
            .Select(v => v.Id).ToListAsync(cancellationToken);
        var today = clock.Today();
        var missing = new List<string>();
        foreach (var month in months.Where(m => today > m.DueOn(options.Value.VillageReportDueDay)))
        {
            missing.AddRange(villages.Where(v => !submitted.Any(s => s.VillageId == v && s.Month == month))
                .Select(v => months.Count == 1 ? names.Village(v) : $"{names.Village(v)}（{month}）"));
        }

        return (submitted.Count, missing.Count, missing);
    }

    private async Task<IReadOnlyList<PeriodFigures.AccountabilityRow>> AccountabilityAsync(ReportPeriod period, Names names, CancellationToken cancellationToken) =>
        [.. (await accountability.ByDepartmentAndGroundAsync(period.FirstDay, period.LastDay, cancellationToken))
            .Select(r => new PeriodFigures.AccountabilityRow(
                r.DepartmentId is { } d ? names.Department(d) : "（未指定部门）",
                r.GroundCode is null ? "（未认定）" : $"{r.GroundCode} {r.GroundSummary}",
                r.Opened, r.Closed,
                string.Join("、", r.Outcomes.OrderBy(o => o.Key).Select(o => $"{MeetingLabels.Of(o.Key)} {o.Value}"))))];

    private async Task<IReadOnlyList<PeriodFigures.TrendPoint>> TrendAsync(ReportMonth lastMonth, Scope scope, CancellationToken cancellationToken)
    {
        var firstMonth = ReportMonth.Of(lastMonth.FirstDay.AddMonths(-11));
        var from = clock.StartOfDayUtc(firstMonth.FirstDay);
        var to = clock.StartOfDayUtc(lastMonth.Next.FirstDay);
        var matters = Matters(scope);
        var received = await matters.Where(m => m.ReceivedAt >= from && m.ReceivedAt < to).Select(m => m.ReceivedAt).ToListAsync(cancellationToken);
        var closed = await matters.Where(m => m.ClosedAt >= from && m.ClosedAt < to).Select(m => m.ClosedAt!.Value).ToListAsync(cancellationToken);
        var receivedByMonth = received.GroupBy(at => ReportMonth.Of(clock.DateOf(at))).ToDictionary(g => g.Key, g => g.Count());
        var closedByMonth = closed.GroupBy(at => ReportMonth.Of(clock.DateOf(at))).ToDictionary(g => g.Key, g => g.Count());
        var points = new List<PeriodFigures.TrendPoint>();
        for (var month = firstMonth; month <= lastMonth; month = month.Next)
        {
            points.Add(new(month.ToString(), receivedByMonth.GetValueOrDefault(month), closedByMonth.GetValueOrDefault(month)));
        }

        return points;
    }

    private static async Task<List<PeriodFigures.Count>> CountByAsync<TKey>(IQueryable<Matter> matters, System.Linq.Expressions.Expression<Func<Matter, TKey>> key,
        Func<TKey, string> label, CancellationToken cancellationToken)
        where TKey : notnull =>
        [.. (await matters.GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .OrderByDescending(x => x.Count).ThenBy(x => label(x.Key), StringComparer.Ordinal)
            .Select(x => new PeriodFigures.Count(Convert.ToString(x.Key, System.Globalization.CultureInfo.InvariantCulture)!, label(x.Key), x.Count))];

    private static Dictionary<string, int> Labelled(IEnumerable<PeriodFigures.Count> counts) => counts.ToDictionary(c => c.Label, c => c.Value);

    private (DateTime From, DateTime To) Range(ReportPeriod period) => (clock.StartOfDayUtc(period.FirstDay), clock.StartOfDayUtc(period.LastDay.AddDays(1)));

    private sealed record Names(IReadOnlyDictionary<long, string> Villages, IReadOnlyDictionary<long, string> Departments, IReadOnlyDictionary<string, string> Categories)
    {
        public string Village(long id) => Villages.GetValueOrDefault(id) ?? "（已删除的村）";

        public string Department(long id) => Departments.GetValueOrDefault(id) ?? "（已删除的部门）";

        public string Category(string code) => Categories.GetValueOrDefault(code) ?? code;

        public static async Task<Names> LoadAsync(ZongzhiDb db, CancellationToken cancellationToken) => new(
            await db.Villages.ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken),
            await db.Departments.ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken),
            await db.DisputeCategories.ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken));
    }
}
