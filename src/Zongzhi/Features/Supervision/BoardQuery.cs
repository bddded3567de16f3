using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Calendar;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Supervision;

/// <summary>
/// 督办看板: every open item with a deadline, in the user's scope (<see cref="MatterAccess"/>, so the respondent rule
/// holds), as one UNION ALL query filtered, counted per light and paged inside the database. Red: the last day has
/// passed; yellow: it falls within the rule setting's due-soon working days; green: later.
/// </summary>
public sealed class BoardQuery(ZongzhiDb db, MatterAccess access, TownClock clock, CalendarSource calendars, RuleSettingsSource rules)
{
    public const int PageSize = 25;

    public enum Light
    {
        Green,
        Yellow,
        Red,
    }

    public sealed record Filter(
        long? DepartmentId, long? VillageId, string? Category, SupervisionTrack? Track, BoardRow.ItemState? State, Light? Due, int Page = 1);

    public sealed record Result(IReadOnlyList<BoardRow> Rows, int Total, int Red, int Yellow, int Green, int Page, DateOnly Today, DateOnly SoonUntil)
    {
        public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

        public Light? LightOf(BoardRow row) => Lights.Of(row?.DueOn, Today, SoonUntil);
    }

    private static readonly MatterStatus[] Finished = [MatterStatus.Declined, MatterStatus.Merged, MatterStatus.Closed, MatterStatus.Archived];

    public async Task<Result> RunAsync(CurrentUser.Snapshot user, Filter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = clock.Today();
        var dueSoon = (await rules.GetAsync(cancellationToken)).DueSoonWorkingDays;
        var soon = (await calendars.GetAsync(cancellationToken)).AddWorkingDays(today, dueSoon).DueOn;
        var rows = Filtered(Open(access.Visible(user).Where(m => !Finished.Contains(m.Status))), filter);

        var counts = await rows.Where(r => r.DueOn != null)
            .GroupBy(r => r.DueOn < today ? Light.Red : r.DueOn <= soon ? Light.Yellow : Light.Green)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byLight = counts.ToDictionary(c => c.Key, c => c.Count);
        var undated = await rows.CountAsync(r => r.DueOn == null, cancellationToken);

        rows = filter.Due switch
        {
            Light.Red => rows.Where(r => r.DueOn < today),
            Light.Yellow => rows.Where(r => r.DueOn >= today && r.DueOn <= soon),
            Light.Green => rows.Where(r => r.DueOn > soon),
            null => rows,
        };
        var total = filter.Due is { } due ? byLight.GetValueOrDefault(due) : byLight.Values.Sum() + undated;
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await rows.OrderBy(r => r.DueOn == null).ThenBy(r => r.DueOn).ThenBy(r => r.Kind).ThenBy(r => r.ItemId)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Result(items, total, byLight.GetValueOrDefault(Light.Red), byLight.GetValueOrDefault(Light.Yellow),
            byLight.GetValueOrDefault(Light.Green), page, today, soon);
    }

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
    private IQueryable<BoardRow> Open(IQueryable<Matter> matters)
    {
        var awaitingReceipt =
            from s in db.AssignmentSheets.Where(s => s.Status == AssignmentSheetStatus.AwaitingReceipt)
            join m in matters on s.MatterId equals m.Id
            select new BoardRow { Kind = BoardRow.ItemKind.Sheet, State = BoardRow.ItemState.AwaitingReceipt, ItemId = s.Id, MatterId = m.Id,
                MatterNumber = m.Number, Summary = m.Summary, Title = s.Number, DepartmentId = s.HandlingDepartmentId, CaseLeaderUserId = null,
                VillageId = m.VillageId, Category = m.Category, Track = m.Track, DueOn = s.SigningDeadline.DueOn };
        var inHandling =
            from s in db.AssignmentSheets.Where(s => s.Status == AssignmentSheetStatus.InHandling)
            from r in s.Rounds.Where(r => r.Deadline.MetOn == null)
            join m in matters on s.MatterId equals m.Id
            select new BoardRow { Kind = BoardRow.ItemKind.Sheet, State = BoardRow.ItemState.InHandling, ItemId = s.Id, MatterId = m.Id,
                MatterNumber = m.Number, Summary = m.Summary, Title = s.Number, DepartmentId = s.HandlingDepartmentId, CaseLeaderUserId = null,
                VillageId = m.VillageId, Category = m.Category, Track = m.Track, DueOn = r.Deadline.DueOn };
        var awaitingReview =
            from s in db.AssignmentSheets.Where(s => s.Status == AssignmentSheetStatus.AwaitingReview)
            join m in matters on s.MatterId equals m.Id
            select new BoardRow { Kind = BoardRow.ItemKind.Sheet, State = BoardRow.ItemState.AwaitingReview, ItemId = s.Id, MatterId = m.Id,
                MatterNumber = m.Number, Summary = m.Summary, Title = s.Number, DepartmentId = s.HandlingDepartmentId, CaseLeaderUserId = null,
                VillageId = m.VillageId, Category = m.Category, Track = m.Track, DueOn = null };
        var leaderCases =
            from c in db.LeaderCases.Where(c => c.Status == LeaderCaseStatus.AwaitingTake || c.Status == LeaderCaseStatus.InProgress)
            join m in matters on c.MatterId equals m.Id
            select new BoardRow { Kind = BoardRow.ItemKind.LeaderCase,
                State = c.Status == LeaderCaseStatus.AwaitingTake ? BoardRow.ItemState.AwaitingTake : BoardRow.ItemState.LeaderCaseInProgress,
                ItemId = c.Id, MatterId = m.Id, MatterNumber = m.Number, Summary = m.Summary, Title = m.Number, DepartmentId = null,
                CaseLeaderUserId = c.CaseLeaderUserId, VillageId = m.VillageId, Category = m.Category, Track = m.Track,
                DueOn = c.Deadline != null && c.Deadline.MetOn == null ? c.Deadline.DueOn : null };
        var materials =
            from r in db.MaterialsRequests.Where(r => r.ProvidedAt == null)
            join m in matters on r.MatterId equals m.Id
            select new BoardRow { Kind = BoardRow.ItemKind.MaterialsRequest, State = BoardRow.ItemState.AwaitingAnswer, ItemId = r.Id, MatterId = m.Id,
                MatterNumber = m.Number, Summary = m.Summary, Title = r.MaterialsWanted, DepartmentId = r.DepartmentId, CaseLeaderUserId = null,
                VillageId = m.VillageId, Category = m.Category, Track = m.Track, DueOn = r.Deadline.DueOn };
        var reports =
            from r in db.ReportRequests.Where(r => r.ReportedAt == null)
            join m in matters on r.MatterId equals m.Id
            select new BoardRow { Kind = BoardRow.ItemKind.ReportRequest, State = BoardRow.ItemState.AwaitingAnswer, ItemId = r.Id, MatterId = m.Id,
                MatterNumber = m.Number, Summary = m.Summary, Title = r.Subject, DepartmentId = r.DepartmentId, CaseLeaderUserId = null,
                VillageId = m.VillageId, Category = m.Category, Track = m.Track, DueOn = r.Deadline.DueOn };
        var tasks =
            from c in db.CoordinationMeetings
            from t in c.Tasks.Where(t => t.CompletedAt == null)
            join m in matters on c.MatterId equals m.Id
            select new BoardRow { Kind = BoardRow.ItemKind.MeetingTask, State = BoardRow.ItemState.AwaitingAnswer, ItemId = t.Id, MatterId = m.Id,
                MatterNumber = m.Number, Summary = m.Summary, Title = t.Description, DepartmentId = t.OwnerDepartmentId, CaseLeaderUserId = null,
                VillageId = m.VillageId, Category = m.Category, Track = m.Track, DueOn = t.Deadline.DueOn };
        // The monthly meeting's tasks concern the town, not a matter: on every board reader's board, outside the matter scope.
        var monthlyTasks =
            from t in db.MonthlyMeetingTasks.Where(t => t.CompletedAt == null)
            join mm in db.MonthlyMeetings on t.MonthlyMeetingId equals mm.Id
            select new BoardRow { Kind = BoardRow.ItemKind.MonthlyMeetingTask, State = BoardRow.ItemState.AwaitingAnswer, ItemId = t.Id, MatterId = mm.Id,
                MatterNumber = "综治例会", Summary = "", Title = t.Description, DepartmentId = t.OwnerDepartmentId, CaseLeaderUserId = t.OwnerUserId,
                VillageId = null, Category = "", Track = t.SupervisedBy, DueOn = t.DueOn };
        return awaitingReceipt.Concat(inHandling).Concat(awaitingReview).Concat(leaderCases).Concat(materials).Concat(reports).Concat(tasks).Concat(monthlyTasks);
    }
}
