using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Notifications;

namespace Zongzhi.Features.Supervision;

/// <summary>
/// Who must hear about a deadline, by what it belongs to: for a sheet the handler, the department head and the
/// supervising body; for a leader case the leader, the director and the top leader; for a request the department
/// asked and whoever asked. One query per kind of owner, not per deadline.
/// </summary>
public sealed class DeadlineOwners(ZongzhiDb db, Notifier notifier)
{
    public sealed record Owner(string What, IReadOnlyList<string> Recipients);

    public async Task<Dictionary<long, Owner>> ResolveAsync(IReadOnlyCollection<TrackedDeadline> deadlines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        // Each owner table is asked only for the deadlines of its subject, and not at all when the pass has none: a
        // 1M-matter backlog is almost all sheets, and five empty look-ups with 5,000 ids each cost 60 ms apiece (issue 8).
        var bySubject = deadlines.ToLookup(d => d.Subject, d => d.Id);
        var owners = new Dictionary<long, Owner>();
        var roles = new RoleCache(notifier, cancellationToken);

        // Joins on the shadow foreign keys (SQLite has no APPLY for the navigation form).
        var roundsIds = bySubject[DeadlineSubject.AssignmentRound].ToList();
        var rounds = roundsIds.Count == 0 ? [] : await (from r in db.AssignmentRounds
                            join s in db.AssignmentSheets on EF.Property<long>(r, "AssignmentSheetId") equals s.Id
                            where roundsIds.Contains(EF.Property<long>(r, "DeadlineId"))
                            select new { DeadlineId = EF.Property<long>(r, "DeadlineId"), s.Number, s.HandlingDepartmentId, s.HandlerUserId, s.SupervisingBody })
            .ToListAsync(cancellationToken);
        foreach (var r in rounds)
        {
            var to = new List<string>(await roles.HeadsAsync(r.HandlingDepartmentId));
            if (r.HandlerUserId is not null) to.Add(r.HandlerUserId);
            to.AddRange(await roles.SupervisorsAsync(r.SupervisingBody));
            owners[r.DeadlineId] = new Owner($"交办单 {r.Number}", to);
        }

        var signingIds = bySubject[DeadlineSubject.Signing].ToList();
        var signing = signingIds.Count == 0 ? [] : await db.AssignmentSheets.Select(s => new { DeadlineId = EF.Property<long>(s, "SigningDeadlineId"), s.Number, s.HandlingDepartmentId, s.SupervisingBody })
            .Where(x => signingIds.Contains(x.DeadlineId)).ToListAsync(cancellationToken);
        foreach (var s in signing)
        {
            var to = new List<string>(await roles.StaffAsync(s.HandlingDepartmentId));
            to.AddRange(await roles.SupervisorsAsync(s.SupervisingBody));
            owners[s.DeadlineId] = new Owner($"交办单 {s.Number} 的签收", to);
        }

        var casesIds = bySubject[DeadlineSubject.LeaderCase].ToList();
        var cases = casesIds.Count == 0 ? [] : await db.LeaderCases.Select(c => new { DeadlineId = EF.Property<long?>(c, "DeadlineId"), c.CaseLeaderUserId })
            .Where(x => x.DeadlineId != null && casesIds.Contains(x.DeadlineId.Value)).ToListAsync(cancellationToken);
        foreach (var c in cases)
        {
            var to = new List<string> { c.CaseLeaderUserId };
            to.AddRange(await roles.InRoleAsync(Roles.CenterDirector));
            to.AddRange(await roles.InRoleAsync(Roles.TopLeader));
            owners[c.DeadlineId!.Value] = new Owner("领导包案", to);
        }

        var coordinationIds = bySubject[DeadlineSubject.CoordinationRequest].ToList();
        var coordination = coordinationIds.Count == 0 ? [] : await (from r in db.Set<CoordinationRequest>()
                                  join c in db.LeaderCases on EF.Property<long>(r, "LeaderCaseId") equals c.Id
                                  where coordinationIds.Contains(EF.Property<long>(r, "DeadlineId"))
                                  select new { DeadlineId = EF.Property<long>(r, "DeadlineId"), r.DepartmentId, c.CaseLeaderUserId })
            .ToListAsync(cancellationToken);
        foreach (var r in coordination)
        {
            var to = new List<string>(await roles.StaffAsync(r.DepartmentId)) { r.CaseLeaderUserId };
            owners[r.DeadlineId] = new Owner("包案协调请求", to);
        }

        var materialsIds = bySubject[DeadlineSubject.MaterialsRequest].ToList();
        var materials = materialsIds.Count == 0 ? [] : await db.MaterialsRequests.Select(r => new { DeadlineId = EF.Property<long>(r, "DeadlineId"), r.DepartmentId, r.RequestedBy })
            .Where(x => materialsIds.Contains(x.DeadlineId)).ToListAsync(cancellationToken);
        foreach (var r in materials)
        {
            var to = new List<string>(await roles.HeadsAsync(r.DepartmentId));
            to.AddRange(await roles.SupervisorsAsync(r.RequestedBy));
            owners[r.DeadlineId] = new Owner("调阅材料", to);
        }

        var reportsIds = bySubject[DeadlineSubject.ReportRequest].ToList();
        var reports = reportsIds.Count == 0 ? [] : await db.ReportRequests.Select(r => new { DeadlineId = EF.Property<long>(r, "DeadlineId"), r.DepartmentId, r.ReporterUserId, r.RequestedBy })
            .Where(x => reportsIds.Contains(x.DeadlineId)).ToListAsync(cancellationToken);
        foreach (var r in reports)
        {
            var to = new List<string>(await roles.HeadsAsync(r.DepartmentId));
            if (r.ReporterUserId is not null) to.Add(r.ReporterUserId);
            to.AddRange(await roles.SupervisorsAsync(r.RequestedBy));
            owners[r.DeadlineId] = new Owner("要求汇报", to);
        }

        var tasksIds = bySubject[DeadlineSubject.MeetingTask].ToList();
        var tasks = tasksIds.Count == 0 ? [] : await (from t in db.Set<MeetingTask>()
                           join m in db.CoordinationMeetings on EF.Property<long>(t, "CoordinationMeetingId") equals m.Id
                           where tasksIds.Contains(EF.Property<long>(t, "DeadlineId"))
                           select new { DeadlineId = EF.Property<long>(t, "DeadlineId"), t.OwnerDepartmentId, m.ConvenedBy })
            .ToListAsync(cancellationToken);
        foreach (var t in tasks)
        {
            var to = new List<string>(await roles.StaffAsync(t.OwnerDepartmentId));
            to.AddRange(await roles.SupervisorsAsync(t.ConvenedBy));
            owners[t.DeadlineId] = new Owner("协调会任务", to);
        }

        return owners;
    }

    // Role lookups repeat across deadlines of one pass; ask the database once per role and department.
    private sealed class RoleCache(Notifier notifier, CancellationToken cancellationToken)
    {
        private readonly Dictionary<string, List<string>> _cache = [];

        public Task<List<string>> InRoleAsync(string role, long? departmentId = null) => GetAsync($"{role}:{departmentId}", () => notifier.UsersInRoleAsync(role, departmentId, cancellationToken));

        public Task<List<string>> HeadsAsync(long departmentId) => InRoleAsync(Roles.DepartmentHead, departmentId);

        public Task<List<string>> StaffAsync(long departmentId) => GetAsync($"staff:{departmentId}", () => notifier.DepartmentStaffAsync(departmentId, cancellationToken));

        public Task<List<string>> SupervisorsAsync(SupervisionTrack track) => GetAsync($"supervisors:{track}", () => notifier.SupervisorsAsync(track, cancellationToken));

        private async Task<List<string>> GetAsync(string key, Func<Task<List<string>>> load)
        {
            if (!_cache.TryGetValue(key, out var users))
            {
                users = await load();
                _cache[key] = users;
            }

            return users;
        }
    }
}
