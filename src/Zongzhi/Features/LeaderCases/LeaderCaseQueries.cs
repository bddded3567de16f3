using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Calendar;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.LeaderCases;

/// <summary>
/// Reads leader cases within the user's scope (<see cref="MatterAccess"/>): a case leader sees their own cases, the
/// center director and the top leader every case in scope. Working days remaining count from the town's today.
/// </summary>
public sealed class LeaderCaseQueries(ZongzhiDb db, MatterAccess access, CurrentUser current, CalendarSource calendars, TownClock clock)
{
    /// <summary>Filters of the list; <c>LeaderUserId</c> is for the director and the top leader.</summary>
    /// <remarks>Init properties rather than a positional record: the request delegate generator cannot look up a
    /// constructor with nullable string parameters (issue 8, start-up).</remarks>
    public sealed record ListQuery
    {
        public LeaderCaseStatus? Status { get; init; }

        public string? LeaderUserId { get; init; }

        public bool? Overdue { get; init; }
    }

    public sealed record ExtensionQueueItem(
        long Id, long LeaderCaseId, long MatterId, string MatterNumber, string MatterSummary, string CaseLeaderUserId, string Reason,
        DateOnly DueOnAtRequest, DateOnly ProposedDueOn, DateTime RequestedAt, ExtensionRequestStatus Status, DateTime? DecidedAt,
        DateOnly? ApprovedDueOn, string? DecisionComment);

    public sealed record CoordinationQueueItem(
        long Id, long LeaderCaseId, long MatterId, string MatterNumber, string MatterSummary, string Request, DateTime RequestedAt,
        DateOnly DueOn, bool IsOverdue, string? Reply, DateTime? RepliedAt, DateTime? WithdrawnAt);

    private sealed record Row(
        long Id, long MatterId, string MatterNumber, string MatterSummary, string CaseLeaderUserId, LeaderCaseStatus Status, DateOnly? TakenOn,
        DateOnly? DueOn, DateOnly? OriginalDueOn, bool? IsProvisional, bool? IsExtended, DateOnly? MetOn, bool HasPendingExtension, int OpenCoordinationRequests);

    public async Task<List<LeaderCaseSummary>> ListAsync(ListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var user = await current.RequireAsync(cancellationToken);
        var today = clock.Today();
        var cases = await InScopeAsync(cancellationToken);
        if (!SeesAllCases(user))
        {
            cases = cases.Where(c => c.CaseLeaderUserId == user.Id);
        }
        else if (!string.IsNullOrEmpty(query.LeaderUserId))
        {
            cases = cases.Where(c => c.CaseLeaderUserId == query.LeaderUserId);
        }

        if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (query.Overdue is { } overdue)
        {
            cases = cases.Where(c => (c.Deadline != null && c.Deadline.MetOn == null && c.Deadline.DueOn < today) == overdue);
        }

        var rows = await (from c in cases
                          join m in db.Matters on c.MatterId equals m.Id
                          select new Row(c.Id, c.MatterId, m.Number, m.Summary, c.CaseLeaderUserId, c.Status, c.TakenOn,
                              (DateOnly?)c.Deadline!.DueOn, (DateOnly?)c.Deadline.OriginalDueOn, (bool?)c.Deadline.IsProvisional,
                              (bool?)c.Deadline.IsExtended, c.Deadline.MetOn,
                              c.ExtensionRequests.Any(r => r.Status == ExtensionRequestStatus.Pending),
                              c.CoordinationRequests.Count(r => r.RepliedAt == null && r.WithdrawnAt == null)))
            .ToListAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        return [.. rows.Select(r => Summarize(r, calendar, today)).OrderBy(s => s.DueOn ?? DateOnly.MaxValue).ThenBy(s => s.Id)];
    }

    public async Task<LeaderCaseView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var leaderCase = await LeaderCaseWork.WithDetails(db.LeaderCases.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(cancellationToken);
        var matter = leaderCase is null ? null
            : await access.Visible(user).FirstOrDefaultAsync(m => m.Id == leaderCase.MatterId, cancellationToken);
        if (leaderCase is null || matter is null)
        {
            return null;
        }

        var departmentIds = leaderCase.CoordinationRequests.Select(r => r.DepartmentId).Distinct().ToList();
        var departments = await db.Departments.Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        return LeaderCaseView.From(leaderCase, matter, await calendars.GetAsync(cancellationToken), clock.Today(), departments, db.VersionOf(matter));
    }

    public async Task<List<ExtensionQueueItem>> ExtensionRequestsAsync(ExtensionRequestStatus? status, CancellationToken cancellationToken)
    {
        var cases = await InScopeAsync(cancellationToken);
        return await (from c in cases
                      from r in c.ExtensionRequests
                      join m in db.Matters on c.MatterId equals m.Id
                      where status == null || r.Status == status
                      orderby r.RequestedAt, r.Id
                      select new ExtensionQueueItem(r.Id, c.Id, c.MatterId, m.Number, m.Summary, c.CaseLeaderUserId, r.Reason, r.DueOnAtRequest,
                          r.ProposedDueOn, r.RequestedAt, r.Status, r.DecidedAt, r.ApprovedDueOn, r.DecisionComment))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The coordination requests to the user's department (its queue), oldest deadline first.</summary>
    public async Task<List<CoordinationQueueItem>> CoordinationRequestsAsync(bool? open, CancellationToken cancellationToken)
    {
        var departmentId = (await current.RequireAsync(cancellationToken)).DepartmentId;
        var today = clock.Today();
        var cases = await InScopeAsync(cancellationToken);
        var items = await (from c in cases
                           from r in c.CoordinationRequests
                           join m in db.Matters on c.MatterId equals m.Id
                           where r.DepartmentId == departmentId && (open == null || (r.RepliedAt == null && r.WithdrawnAt == null) == open)
                           select new CoordinationQueueItem(r.Id, c.Id, c.MatterId, m.Number, m.Summary, r.Request, r.RequestedAt, r.Deadline.DueOn,
                               r.RepliedAt == null && r.WithdrawnAt == null && r.Deadline.DueOn < today, r.Reply, r.RepliedAt, r.WithdrawnAt))
            .ToListAsync(cancellationToken);
        return [.. items.OrderBy(i => i.DueOn).ThenBy(i => i.Id)];
    }

    public static LeaderCaseSummary Summarize(LeaderCase leaderCase, string matterNumber, string matterSummary, WorkCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(leaderCase);
        var d = leaderCase.Deadline;
        return Summarize(new Row(leaderCase.Id, leaderCase.MatterId, matterNumber, matterSummary, leaderCase.CaseLeaderUserId, leaderCase.Status,
            leaderCase.TakenOn, d?.DueOn, d?.OriginalDueOn, d?.IsProvisional, d?.IsExtended, d?.MetOn, leaderCase.PendingExtension is not null,
            leaderCase.CoordinationRequests.Count(r => r.IsOpen)), calendar, today);
    }

    private static LeaderCaseSummary Summarize(Row r, WorkCalendar calendar, DateOnly today)
    {
        var running = r.DueOn is not null && r.MetOn is null;
        return new LeaderCaseSummary(r.Id, r.MatterId, r.MatterNumber, r.MatterSummary, r.CaseLeaderUserId, r.Status, r.TakenOn, r.DueOn,
            r.OriginalDueOn, r.IsProvisional ?? false, r.IsExtended ?? false,
            running ? calendar.WorkingDaysRemaining(today, r.DueOn!.Value) : null,
            running && today > r.DueOn!.Value, r.HasPendingExtension, r.OpenCoordinationRequests);
    }

    private static bool SeesAllCases(CurrentUser.Snapshot user) => user.IsIn(Roles.CenterDirector, Roles.TopLeader);

    private async Task<IQueryable<LeaderCase>> InScopeAsync(CancellationToken cancellationToken)
    {
        var visible = access.Visible(await current.RequireAsync(cancellationToken));
        return db.LeaderCases.Where(c => visible.Any(m => m.Id == c.MatterId));
    }
}
