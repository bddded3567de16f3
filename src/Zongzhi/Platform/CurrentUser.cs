using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Platform;

/// <summary>
/// The signed-in user of this request with the scope that follows from their account: roles, department, village.
/// Read once per request from the database, so a role or scope change applies at once.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, ZongzhiDb db)
{
    private Snapshot? _snapshot;

    public sealed record Snapshot(string Id, string UserName, string DisplayName, IReadOnlySet<string> Roles, long? DepartmentId, long? VillageId)
    {
        public bool IsIn(params string[] roles) => roles.Any(Roles.Contains);

        /// <summary>The supervising body this user acts for (督查督办部门), if any.</summary>
        public SupervisionTrack? SupervisingBody =>
            Roles.Contains(Features.Accounts.Roles.CenterDirector) ? SupervisionTrack.Center
            : Roles.Contains(Features.Accounts.Roles.PartyGovernmentOffice) ? SupervisionTrack.PartyGovernmentOffice
            : null;

        public bool IsDepartmentStaff => DepartmentId is not null && IsIn(Features.Accounts.Roles.DepartmentHandler, Features.Accounts.Roles.DepartmentHead);
    }

    /// <summary>The user, or null when nobody is signed in.</summary>
    public async Task<Snapshot?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_snapshot is not null)
        {
            return _snapshot;
        }

        var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return null;
        }

        // Read by the sign-in check of this same request (SessionLifetime), for this same user.
        if (_preloaded is not null && _preloaded.Id == id)
        {
            return _snapshot = _preloaded;
        }

        return _snapshot = await LoadAsync(db, id, cancellationToken);
    }

    /// <summary>The user; throws when nobody is signed in (endpoints require sign-in before they get here).</summary>
    public async Task<Snapshot> RequireAsync(CancellationToken cancellationToken = default) =>
        await GetAsync(cancellationToken) ?? throw new InvalidOperationException("No signed-in user.");

    /// <summary>Acts as a given user outside a request (tests, jobs).</summary>
    public void Set(Snapshot snapshot) => _snapshot = snapshot;

    /// <summary>The account as the sign-in check of this request read it; used only while the request's principal is that user.</summary>
    public void Preload(Snapshot snapshot) => _preloaded = snapshot;

    private Snapshot? _preloaded;

    /// <summary>An account with what the sign-in check needs (stamp, disabled flag) and its snapshot, in one query.</summary>
    public sealed record Account(string? SecurityStamp, bool IsDisabled, Snapshot Snapshot);

    public static async Task<Snapshot?> LoadAsync(ZongzhiDb db, string userId, CancellationToken cancellationToken = default) =>
        await LoadAccountAsync(db, userId, cancellationToken) is { IsDisabled: false } account ? account.Snapshot : null;

    public static async Task<Account?> LoadAccountAsync(ZongzhiDb db, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.DepartmentId, u.VillageId, u.SecurityStamp, u.IsDisabled,
                Roles = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name!).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return user is null ? null : new Account(user.SecurityStamp, user.IsDisabled,
            new Snapshot(user.Id, user.UserName ?? "", user.DisplayName, user.Roles.ToHashSet(StringComparer.Ordinal), user.DepartmentId, user.VillageId));
    }
}
