using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Assignments;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Matters;

/// <summary>
/// What the matter page shows: the masked view (the read is audited as <c>matter.view</c>, as the API does), names for
/// the village, category and the people in the timeline, the assignment sheets, and the case leaders to choose from.
/// </summary>
public sealed record MatterDetails(
    MatterView Matter,
    string? VillageName,
    string CategoryName,
    IReadOnlyDictionary<string, string> UserNames,
    IReadOnlyList<MatterDetails.SheetRow> Sheets,
    IReadOnlyList<(string Id, string Name)> CaseLeaders,
    bool TransferFiled)
{
    public sealed record SheetRow(long Id, string Number, string Department, AssignmentSheetStatus Status, DateOnly? DueOn, bool IsOverdue);

    public string NameOf(string? userId) => userId is not null && UserNames.TryGetValue(userId, out var name) ? name : "—";

    public static async Task<MatterDetails?> LoadAsync(ZongzhiDb db, MatterAccess access, AuditTrail audit, TownClock clock,
        CurrentUser.Snapshot user, long id, CancellationToken cancellationToken, bool recordView = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);
        var matter = await access.Visible(user).Where(m => m.Id == id).WithDetails().AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (matter is null)
        {
            return null;
        }

        // A page shown again after a reveal is recorded by the reveal's own entry (one entry per action).
        if (recordView)
        {
            await audit.RecordReadAsync("Matter", matter.Id, "matter.view", cancellationToken: cancellationToken);
        }

        var version = await db.Matters.Where(m => m.Id == id).Select(m => EF.Property<int>(m, ZongzhiDb.VersionProperty)).FirstAsync(cancellationToken);
        var view = MatterView.From(matter, version);
        var village = matter.VillageId is { } villageId ? await db.Villages.Where(v => v.Id == villageId).Select(v => v.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var category = await db.DisputeCategories.Where(c => c.Code == matter.Category).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? matter.Category;

        var today = clock.Today();
        var sheets = await db.AssignmentSheets.AsNoTracking().Where(s => s.MatterId == id)
            .Include(s => s.Rounds).ThenInclude(r => r.Deadline).Include(s => s.SigningDeadline).AsSplitQuery()
            .OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var departmentIds = sheets.Select(s => s.HandlingDepartmentId).Distinct().ToList();
        var departments = await db.Departments.Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var rows = sheets.Select(s =>
        {
            var deadline = s.Status == AssignmentSheetStatus.AwaitingReceipt ? s.SigningDeadline : s.CurrentRound?.Deadline;
            return new SheetRow(s.Id, s.Number, departments.GetValueOrDefault(s.HandlingDepartmentId, "—"), s.Status, deadline?.DueOn,
                deadline?.IsOverdueOn(today) == true);
        }).ToList();

        var leaderIds = await (from u in db.Users
                               join ur in db.UserRoles on u.Id equals ur.UserId
                               join r in db.Roles on ur.RoleId equals r.Id
                               where r.Name == Roles.CaseLeader && !u.IsDisabled
                               select new { u.Id, u.DisplayName }).Distinct().ToListAsync(cancellationToken);
        var actorIds = view.Timeline.Select(e => e.ActorUserId).Append(matter.RegisteredByUserId).Distinct().ToList();
        var names = await db.Users.Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return new MatterDetails(view, village, category, names, rows, leaderIds.Select(l => (l.Id, l.DisplayName)).ToList(),
            matter.Transfer?.FiledAt is not null);
    }
}
