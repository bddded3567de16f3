using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Calendar;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Supervision;

/// <summary>
/// 督办看板: every open item with a deadline, in the user's scope (<see cref="MatterAccess"/>, so the respondent rule
/// holds). Red: the last day has passed; yellow: it falls within the rule setting's due-soon working days; green: later.
/// The cost follows the page, not the open work (issue 8): each kind of item is its own branch, read in due-day order
/// from the open deadlines' index and cut at the page's end, and the branches are merged in one UNION ALL; each
/// light is counted by a query that stops after <see cref="CountLimit"/> items (shown as "500+").
/// </summary>
public sealed class BoardQuery(ZongzhiDb db, MatterAccess access, TownClock clock, CalendarSource calendars, RuleSettingsSource rules)
{
    public const int PageSize = 25;

    /// <summary>A light (or the undated items) counts up to this many; past it the board shows "500+".</summary>
    public const int CountLimit = 500;

    public enum Light
    {
        Green,
        Yellow,
        Red,
    }

    public sealed record Filter(
        long? DepartmentId, long? VillageId, string? Category, SupervisionTrack? Track, BoardRow.ItemState? State, Light? Due, int Page = 1);

    /// <summary>Counts above <see cref="CountLimit"/> mean "more than the limit" (see <see cref="Shown"/>).</summary>
    public sealed record Result(IReadOnlyList<BoardRow> Rows, int Total, int Red, int Yellow, int Green, int Page, DateOnly Today, DateOnly SoonUntil)
    {
        /// <summary>Whether the total is a lower bound (a count stopped at its limit).</summary>
        public bool TotalIsAtLeast => Total > CountLimit;

        public int PageCount => TotalIsAtLeast && Rows.Count == PageSize
            ? Math.Max(Page + 1, (Total + PageSize - 1) / PageSize)
            : Math.Max(Math.Max(1, Page), (Total + PageSize - 1) / PageSize);

        /// <summary>The page count as shown: "N+" while the total is a lower bound.</summary>
        public string PageCountShown => string.Create(CultureInfo.InvariantCulture, $"{PageCount}{(TotalIsAtLeast ? "+" : "")}");

        public Light? LightOf(BoardRow row) => Lights.Of(row?.DueOn, Today, SoonUntil);

        /// <summary>A count as shown: "500+" once it passed the limit.</summary>
        public static string Shown(int count) => count > CountLimit
            ? string.Create(CultureInfo.InvariantCulture, $"{CountLimit}+")
            : count.ToString(CultureInfo.InvariantCulture);
    }

    private static readonly MatterStatus[] Finished = [MatterStatus.Declined, MatterStatus.Merged, MatterStatus.Closed, MatterStatus.Archived];

    public async Task<Result> RunAsync(CurrentUser.Snapshot user, Filter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = clock.Today();
        var dueSoon = (await rules.GetAsync(cancellationToken)).DueSoonWorkingDays;
        var soon = (await calendars.GetAsync(cancellationToken)).AddWorkingDays(today, dueSoon).DueOn;
        var branches = Open(access.Visible(user)).Select(b => b with { Rows = Filtered(b.Rows, filter) }).ToList();

        // A light is never met by a branch without due days, nor the undated by one whose items always have one: those
        // branches are left out rather than read to the end for nothing.
        var dated = branches.Where(b => b.Dated != Dated.Never).ToList();
        var undated = branches.Where(b => b.Dated != Dated.Always).ToList();
        Expression<Func<BoardRow, bool>> LightIs(Light light) => light switch
        {
            Light.Red => r => r.DueOn < today,
            Light.Yellow => r => r.DueOn >= today && r.DueOn <= soon,
            _ => r => r.DueOn > soon,
        };
        // One count per light, in the enum's order, and the undated when the whole board is shown.
        var wanted = Enum.GetValues<Light>().Select(light => (dated, LightIs(light))).ToList();
        if (filter.Due is null)
        {
            wanted.Add((undated, r => r.DueOn == null));
        }

        var counts = await CountAsync(wanted, cancellationToken);
        var (green, yellow, red) = (counts[(int)Light.Green], counts[(int)Light.Yellow], counts[(int)Light.Red]);
        var total = filter.Due is { } shown ? counts[(int)shown] : counts.Sum();
        var due = filter.Due is { } only ? LightIs(only) : null;
        var page = total > CountLimit ? Math.Max(1, filter.Page) : Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await PageAsync(due is null ? branches : dated, due, page, cancellationToken);
        return new Result(items, total, red, yellow, green, page, today, soon);
    }

    /// <summary>
    /// The items of each light (and the undated), counted until each branch passed <see cref="CountLimit"/> (a sum over the
    /// limit shows as "500+"): each branch reads no further than that in its index order. All in one query, one round trip.
    /// </summary>
    private static async Task<int[]> CountAsync(List<(List<Branch> Branches, Expression<Func<BoardRow, bool>> Condition)> counts, CancellationToken cancellationToken)
    {
        var labelled = counts.Select((c, i) => Cut(c.Branches, c.Condition, CountLimit + 1).Select(r => i)).Aggregate((a, b) => a.Concat(b));
        var found = await labelled.GroupBy(i => i).Select(g => new { Label = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return [.. counts.Select((_, i) => found.FirstOrDefault(f => f.Label == i)?.Count ?? 0)];
    }

    /// <summary>
    /// Page N is among the first N pages of each branch in the board's order (undated last, due day, kind, id; the kind
    /// is the same throughout a branch): the cut branches are merged and the page taken from the merge.
    /// </summary>
    private static Task<List<BoardRow>> PageAsync(List<Branch> branches, Expression<Func<BoardRow, bool>>? due, int page, CancellationToken cancellationToken) =>
        Cut(branches, due, page * PageSize).OrderBy(r => r.DueOn == null).ThenBy(r => r.DueOn).ThenBy(r => r.Kind).ThenBy(r => r.OrderKey)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);

    /// <summary>The first <paramref name="take"/> items of each branch in the order its index reads (due day, then id; undated by id), in one UNION ALL.</summary>
    private static IQueryable<BoardRow> Cut(List<Branch> branches, Expression<Func<BoardRow, bool>>? condition, int take) =>
        branches.Select(b =>
        {
            var rows = condition is null ? b.Rows : b.Rows.Where(condition);
            return (b.Dated switch
            {
                Dated.Always => rows.OrderBy(r => r.DueOn).ThenBy(r => r.OrderKey),
                Dated.Never => rows.OrderBy(r => r.OrderKey),
                Dated.Sometimes => rows.OrderBy(r => r.DueOn == null).ThenBy(r => r.DueOn).ThenBy(r => r.OrderKey),
            }).Take(take);
        }).Aggregate((a, b) => a.Concat(b));

    private enum Dated
    {
        Always,
        Never,
        Sometimes,
    }

    private sealed record Branch(IQueryable<BoardRow> Rows, Dated Dated);

    private static IQueryable<BoardRow> Filtered(IQueryable<BoardRow> rows, Filter f)
    {
        if (f.DepartmentId is { } department)
        {
            rows = rows.Where(r => r.DepartmentId == department);
        }

        if (f.VillageId is { } village)
        {
            rows = rows.Where(r => r.VillageId == village);
        }

        if (!string.IsNullOrEmpty(f.Category))
        {
            rows = rows.Where(r => r.Category == f.Category);
        }

        if (f.Track is { } track)
        {
            rows = rows.Where(r => r.Track == track);
        }

        return f.State is { } state ? rows.Where(r => r.State == state) : rows;
    }

    /// <summary>The open items of the visible matters, one branch per kind and state.</summary>
    private Branch[] Open(IQueryable<Matter> visible)
    {
        // A sheet is open only on a matter under handling (a matter is declined or merged before any assignment and closed
        // after the result is accepted), so the sheets need no test of the matter's status, and PostgreSQL, which cannot
        // know that nearly every open sheet's matter is unfinished (5% of all matters are), no longer misjudges the join.
        var sheetMatters = visible;
        var matters = visible.Where(m => !Finished.Contains(m.Status));
        // The two dated sheet branches start from the open deadline of their subject (index IX_Deadlines_Open, in due order), not
        // from the sheet's status: the domain keeps them equivalent (AssignmentSheet: the signing deadline is met on receipt,
        // the only way out of 待签收; a round's deadline starts on receipt or re-handling, which set 办理中, and is met when the
        // result is submitted, the only way out of it; OpenDeadlineInvariantTests). A status test
        // here made PostgreSQL misjudge how many open deadlines match (it cannot know they all do) and scan every sheet and round.
        var awaitingReceipt =
            from d in db.Deadlines.Where(d => d.Subject == DeadlineSubject.Signing && d.MetOn == null)
            join s in db.AssignmentSheets on d.Id equals EF.Property<long>(s, "SigningDeadlineId")
            join m in sheetMatters on s.MatterId equals m.Id
            select new BoardRow { Kind = BoardRow.ItemKind.Sheet, State = BoardRow.ItemState.AwaitingReceipt, ItemId = s.Id, OrderKey = d.Id,
                MatterId = m.Id, MatterNumber = m.Number, Summary = m.Summary, Title = s.Number, DepartmentId = s.HandlingDepartmentId,
                CaseLeaderUserId = null, VillageId = m.VillageId, Category = m.Category, Track = m.Track, DueOn = d.DueOn };
        var inHandling =
            from d in db.Deadlines.Where(d => d.Subject == DeadlineSubject.AssignmentRound && d.MetOn == null)
            join r in db.AssignmentRounds on d.Id equals EF.Property<long>(r, "DeadlineId")
            join s in db.AssignmentSheets on EF.Property<long>(r, "AssignmentSheetId") equals s.Id
            join m in sheetMatters on s.MatterId equals m.Id
            select new BoardRow { Kind = BoardRow.ItemKind.Sheet, State = BoardRow.ItemState.InHandling, ItemId = s.Id, OrderKey = d.Id,
                MatterId = m.Id, MatterNumber = m.Number, Summary = m.Summary, Title = s.Number, DepartmentId = s.HandlingDepartmentId,
                CaseLeaderUserId = null, VillageId = m.VillageId, Category = m.Category, Track = m.Track, DueOn = d.DueOn };
        var awaitingReview =
            from s in db.AssignmentSheets.Where(s => s.Status == AssignmentSheetStatus.AwaitingReview)
            join m in sheetMatters on s.MatterId equals m.Id
            select new BoardRow { Kind = BoardRow.ItemKind.Sheet, State = BoardRow.ItemState.AwaitingReview, ItemId = s.Id, OrderKey = s.Id, MatterId = m.Id,
                MatterNumber = m.Number, Summary = m.Summary, Title = s.Number, DepartmentId = s.HandlingDepartmentId, CaseLeaderUserId = null,
                // Always null, typed as a date: PostgreSQL types a bare NULL inside a cut (ordered, limited) branch as text, and the
                // UNION ALL of the cuts then fails on a date or bigint column.
                VillageId = m.VillageId, Category = m.Category, Track = m.Track, DueOn = s.ReceivedOn == null ? s.ReceivedOn : null };
        var leaderCases =
            from c in db.LeaderCases.Where(c => c.Status == LeaderCaseStatus.AwaitingTake || c.Status == LeaderCaseStatus.InProgress)
            join m in matters on c.MatterId equals m.Id
            select new BoardRow { Kind = BoardRow.ItemKind.LeaderCase,
                State = c.Status == LeaderCaseStatus.AwaitingTake ? BoardRow.ItemState.AwaitingTake : BoardRow.ItemState.LeaderCaseInProgress,
                ItemId = c.Id, OrderKey = c.Id, MatterId = m.Id, MatterNumber = m.Number, Summary = m.Summary, Title = m.Number,
                DepartmentId = m.VillageId == null ? m.VillageId : null, // always null, typed (see awaitingReview)
                CaseLeaderUserId = c.CaseLeaderUserId, VillageId = m.VillageId, Category = m.Category, Track = m.Track,
                DueOn = c.Deadline != null && c.Deadline.MetOn == null ? c.Deadline.DueOn : null };
        var materials =
            from r in db.MaterialsRequests.Where(r => r.ProvidedAt == null)
            join m in matters on r.MatterId equals m.Id
            select new BoardRow { Kind = BoardRow.ItemKind.MaterialsRequest, State = BoardRow.ItemState.AwaitingAnswer, ItemId = r.Id, OrderKey = r.Id, MatterId = m.Id,
                MatterNumber = m.Number, Summary = m.Summary, Title = r.MaterialsWanted, DepartmentId = r.DepartmentId, CaseLeaderUserId = null,
                VillageId = m.VillageId, Category = m.Category, Track = m.Track, DueOn = r.Deadline.DueOn };
        var reports =
            from r in db.ReportRequests.Where(r => r.ReportedAt == null)
            join m in matters on r.MatterId equals m.Id
            select new BoardRow { Kind = BoardRow.ItemKind.ReportRequest, State = BoardRow.ItemState.AwaitingAnswer, ItemId = r.Id, OrderKey = r.Id, MatterId = m.Id,
                MatterNumber = m.Number, Summary = m.Summary, Title = r.Subject, DepartmentId = r.DepartmentId, CaseLeaderUserId = null,
                VillageId = m.VillageId, Category = m.Category, Track = m.Track, DueOn = r.Deadline.DueOn };
        var tasks =
            from c in db.CoordinationMeetings
            from t in c.Tasks.Where(t => t.CompletedAt == null)
            join m in matters on c.MatterId equals m.Id
            select new BoardRow { Kind = BoardRow.ItemKind.MeetingTask, State = BoardRow.ItemState.AwaitingAnswer, ItemId = t.Id, OrderKey = t.Id, MatterId = m.Id,
                MatterNumber = m.Number, Summary = m.Summary, Title = t.Description, DepartmentId = t.OwnerDepartmentId, CaseLeaderUserId = null,
                VillageId = m.VillageId, Category = m.Category, Track = m.Track, DueOn = t.Deadline.DueOn };
        // The monthly meeting's tasks concern the town, not a matter: on every board reader's board, outside the matter scope.
        var monthlyTasks =
            from t in db.MonthlyMeetingTasks.Where(t => t.CompletedAt == null)
            join mm in db.MonthlyMeetings on t.MonthlyMeetingId equals mm.Id
            select new BoardRow { Kind = BoardRow.ItemKind.MonthlyMeetingTask, State = BoardRow.ItemState.AwaitingAnswer, ItemId = t.Id, OrderKey = t.Id, MatterId = mm.Id,
                MatterNumber = "综治例会", Summary = "", Title = t.Description, DepartmentId = t.OwnerDepartmentId, CaseLeaderUserId = t.OwnerUserId,
                VillageId = t.OwnerDepartmentId == null ? t.OwnerDepartmentId : null, // always null, typed (see awaitingReview)
                Category = "", Track = t.SupervisedBy, DueOn = t.DueOn };
        return
        [
            new(awaitingReceipt, Dated.Always), new(inHandling, Dated.Always), new(awaitingReview, Dated.Never), new(leaderCases, Dated.Sometimes),
            new(materials, Dated.Always), new(reports, Dated.Always), new(tasks, Dated.Always), new(monthlyTasks, Dated.Always),
        ];
    }
}
