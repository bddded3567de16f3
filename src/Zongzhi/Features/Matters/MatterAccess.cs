using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform;

namespace Zongzhi.Features.Matters;

/// <summary>
/// Which matters a user may see (scope), applied inside every query so a list, search, board or export never
/// returns another scope's matter; a refused read answers 404. Nobody sees a matter in which they — or, for department
/// staff, their department — are named as the party complained about.
/// </summary>
public sealed class MatterAccess(ZongzhiDb db)
{
    /// <summary>Roles that see every matter of the town (still minus the matters about themselves).</summary>
    public static readonly string[] TownWideReaders =
        [Roles.CenterDirector, Roles.ReceptionClerk, Roles.TopLeader, Roles.DisciplineOfficer, Roles.Auditor];

    public IQueryable<Matter> Visible(CurrentUser.Snapshot user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var matters = db.Matters.AsQueryable();
        var userId = user.Id;
        var departmentId = user.DepartmentId;
        var departmentStaff = user.IsDepartmentStaff;

        // Respondent rule (STYLE.md §4): never shown to the person or department complained about.
        matters = matters.Where(m => !m.Parties.Any(p => p.Role == PartyRole.Respondent
            && (p.LinkedUserId == userId || (departmentStaff && p.DepartmentId != null && p.DepartmentId == departmentId))));

        if (user.IsIn(TownWideReaders))
        {
            return matters;
        }

        var office = user.IsIn(Roles.PartyGovernmentOffice);
        var leader = user.IsIn(Roles.CaseLeader);
        var villageId = user.IsIn(Roles.VillageReporter) ? user.VillageId : null;
        var staffDepartment = departmentStaff ? departmentId : null;
        return matters.Where(m =>
            (office && m.Track == SupervisionTrack.PartyGovernmentOffice)
            || (leader && db.LeaderCases.Any(c => c.MatterId == m.Id && c.CaseLeaderUserId == userId))
            || (villageId != null && m.VillageId == villageId)
            || (staffDepartment != null && (
                db.AssignmentSheets.Any(s => s.MatterId == m.Id
                    && (s.HandlingDepartmentId == staffDepartment || s.CoHandlingDepartmentIds.Contains(staffDepartment.Value)))
                || db.MaterialsRequests.Any(r => r.MatterId == m.Id && r.DepartmentId == staffDepartment)
                || db.ReportRequests.Any(r => r.MatterId == m.Id && r.DepartmentId == staffDepartment)
                || db.CoordinationMeetings.Any(c => c.MatterId == m.Id
                    && (c.DepartmentIds.Contains(staffDepartment.Value) || c.Tasks.Any(t => t.OwnerDepartmentId == staffDepartment)))
                || db.LeaderCases.Any(c => c.MatterId == m.Id && c.CoordinationRequests.Any(r => r.DepartmentId == staffDepartment)))));
    }

    /// <summary>Whether the user may see the matter; used before any action on it (a refusal answers 404).</summary>
    public Task<bool> CanSeeAsync(CurrentUser.Snapshot user, long matterId, CancellationToken cancellationToken = default) =>
        Visible(user).AnyAsync(m => m.Id == matterId, cancellationToken);
}
