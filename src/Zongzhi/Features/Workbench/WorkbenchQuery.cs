using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Matters;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Calendar;
using Zongzhi.Features.LeaderCases;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Workbench;

/// <summary>
/// 工作台: what needs the user now, by role — counts (each one query, scoped by <see cref="MatterAccess"/> or the
/// user's department) and short lists. "Due soon" means the last day falls within the next two working days.
/// </summary>
public sealed class WorkbenchQuery(ZongzhiDb db, MatterAccess access, TownClock clock, CalendarSource calendars, LeaderCaseQueries leaderCases)
{
    public const int DueSoonWorkingDays = 2;

    public sealed record Tile(string Label, int Count, string Href, string Tone = "");

    public sealed record MatterRow(long Id, string Number, string Summary, MatterStatus Status, DateTime RegisteredAt);

    public sealed record NotificationRow(long Id, string Title, string? Link, DateTime CreatedAt);

    public sealed record View(
        IReadOnlyList<Tile> Tiles,
        IReadOnlyList<MatterRow> Matters,
        string? MattersTitle,
        IReadOnlyList<LeaderCaseSummary> LeaderCases,
        IReadOnlyList<LeaderCaseQueries.ExtensionQueueItem> LeaderExtensions,
        IReadOnlyList<NotificationRow> Notifications,
        int UnreadCount,
        bool ShowRegisterButton);

    private static readonly MatterStatus[] Finished = [MatterStatus.Declined, MatterStatus.Merged, MatterStatus.Closed, MatterStatus.Archived];

    public async Task<View> LoadAsync(CurrentUser.Snapshot user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var today = clock.Today();
        var calendar = await calendars.GetAsync(cancellationToken);
        var soon = calendar.AddWorkingDays(today, DueSoonWorkingDays).DueOn;
        var tiles = new List<Tile>();
        IReadOnlyList<MatterRow> matters = [];
        string? mattersTitle = null;
        List<LeaderCaseSummary> cases = [];
        List<LeaderCaseQueries.ExtensionQueueItem> extensions = [];
        var visible = access.Visible(user);

        if (user.IsIn(Roles.CenterDirector))
        {
            tiles.Add(new("待受理", await visible.CountAsync(m => m.Status == MatterStatus.Registered, cancellationToken), "/Matters/Search?status=Registered", "warn"));
            var open = OpenSheetRounds(null);
            tiles.Add(new("交办单即将到期", await open.CountAsync(d => d.DueOn >= today && d.DueOn <= soon, cancellationToken), "/Supervision/Board?due=soon", "warn"));
            tiles.Add(new("交办单已超期", await open.CountAsync(d => d.DueOn < today, cancellationToken), "/Supervision/Board?due=overdue", "bad"));
            tiles.Add(new("待审批延期申请", await db.AssignmentSheets.SelectMany(s => s.Rounds).SelectMany(r => r.ExtensionRequests)
                .CountAsync(e => e.Status == ExtensionRequestStatus.Pending, cancellationToken), "/ExtensionRequests"));
            matters = await Rows(visible.Where(m => m.Status == MatterStatus.Registered).OrderBy(m => m.Id), cancellationToken);
            mattersTitle = "待受理事项";
        }

        if (user.SupervisingBody is not null)
        {
            tiles.Add(new("不满意评价待复核", await SelfService.SatisfactionReviews.OpenCountAsync(db, user, cancellationToken), "/SelfService/Reviews", "bad"));
        }

        if (user.IsIn(Roles.ReceptionClerk))
        {
            var start = clock.StartOfDayUtc(today);
            tiles.Add(new("今日登记", await visible.CountAsync(m => m.RegisteredAt >= start, cancellationToken), "/Matters/Search?from=" + MatterLabels.Day(today)));
            if (mattersTitle is null)
            {
                matters = await Rows(visible.Where(m => m.RegisteredAt >= start).OrderByDescending(m => m.Id), cancellationToken);
                mattersTitle = "今日登记的事项";
            }
        }

        if (user.IsDepartmentStaff && user.DepartmentId is { } department)
        {
            var sheets = db.AssignmentSheets.Where(s => s.HandlingDepartmentId == department);
            tiles.Add(new("待签收交办单", await sheets.CountAsync(s => s.Status == AssignmentSheetStatus.AwaitingReceipt, cancellationToken), "/Assignments?status=AwaitingReceipt", "warn"));
            tiles.Add(new("办理中", await sheets.CountAsync(s => s.Status == AssignmentSheetStatus.InHandling, cancellationToken), "/Assignments?status=InHandling"));
            var open = OpenSheetRounds(department);
            tiles.Add(new("即将到期", await open.CountAsync(d => d.DueOn >= today && d.DueOn <= soon, cancellationToken), "/Assignments?due=soon", "warn"));
            tiles.Add(new("已超期", await open.CountAsync(d => d.DueOn < today, cancellationToken), "/Assignments?due=overdue", "bad"));
            tiles.Add(new("待汇报", await db.ReportRequests.CountAsync(r => r.DepartmentId == department && r.ReportedAt == null, cancellationToken), "/Assignments?reports=open", "warn"));
        }

        if (user.IsIn(Roles.CaseLeader))
        {
            cases = (await leaderCases.ListAsync(new LeaderCaseQueries.ListQuery { LeaderUserId = user.Id }, cancellationToken))
                .Where(c => c.Status is LeaderCaseStatus.AwaitingTake or LeaderCaseStatus.InProgress && c.CaseLeaderUserId == user.Id).ToList();
            tiles.Add(new("我的包案", cases.Count, "/LeaderCases"));
        }

        if (user.IsIn(Roles.TopLeader))
        {
            extensions = await leaderCases.ExtensionRequestsAsync(ExtensionRequestStatus.Pending, cancellationToken);
            tiles.Add(new("待审批包案延期", extensions.Count, "/ExtensionRequests", "warn"));
        }

        if (user.IsIn(Roles.VillageReporter) && user.VillageId is { } village)
        {
            var ours = visible.Where(m => m.VillageId == village);
            tiles.Add(new("本村(社区)未办结事项", await ours.CountAsync(m => !Finished.Contains(m.Status), cancellationToken), $"/Matters/Search?villageId={village}"));
            matters = await Rows(ours.OrderByDescending(m => m.Id), cancellationToken);
            mattersTitle = "本村(社区)的事项";
        }

        var unread = db.Notifications.Where(n => n.UserId == user.Id && n.ReadAt == null);
        var unreadCount = await unread.CountAsync(cancellationToken);
        var notifications = await unread.OrderByDescending(n => n.Id).Take(10)
            .Select(n => new NotificationRow(n.Id, n.Title, n.Link, n.CreatedAt)).ToListAsync(cancellationToken);
        return new View(tiles, matters, mattersTitle, cases, extensions, notifications, unreadCount, user.IsIn(Roles.ReceptionClerk, Roles.CenterDirector));
    }

    // The open deadline of each sheet's current round (its handling time limit), optionally one department's.
    private IQueryable<Domain.Calendar.TrackedDeadline> OpenSheetRounds(long? department) =>
        db.AssignmentSheets.Where(s => s.Status != AssignmentSheetStatus.ResultAccepted && (department == null || s.HandlingDepartmentId == department))
            .Select(s => s.Rounds.OrderByDescending(r => r.RoundNumber).Select(r => r.Deadline).FirstOrDefault()!)
            .Where(d => d != null && d.MetOn == null);

    private static async Task<IReadOnlyList<MatterRow>> Rows(IQueryable<Matter> matters, CancellationToken cancellationToken) =>
        await matters.Take(10).Select(m => new MatterRow(m.Id, m.Number, m.Summary, m.Status, m.RegisteredAt)).ToListAsync(cancellationToken);
}
