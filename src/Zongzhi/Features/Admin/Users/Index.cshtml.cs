using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Platform;

namespace Zongzhi.Features.Admin.Users;

public sealed class IndexModel(ZongzhiDb db, TownClock clock) : AdminPageModel
{
    public sealed record Row(string Id, string UserName, string DisplayName, string Roles, string? Scope, bool IsDisabled, bool IsLockedOut,
        bool TwoFactorEnabled, bool MustChangePassword);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = new DateTimeOffset(clock.UtcNow());
        var users = await db.Users.AsNoTracking().OrderBy(u => u.IsDisabled).ThenBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var villages = await db.Villages.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        Rows = [.. users.Select(u => new Row(u.Id, u.UserName ?? "", u.DisplayName,
            string.Join("、", roles.Where(r => r.UserId == u.Id).Select(r => Accounts.Roles.Label(r.Name ?? ""))),
            u.DepartmentId is { } d ? departments.GetValueOrDefault(d) : u.VillageId is { } v ? villages.GetValueOrDefault(v) : null,
            u.IsDisabled, u.LockoutEnd > now, u.TwoFactorEnabled, u.MustChangePassword))];
    }
}
