using Microsoft.AspNetCore.Identity;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Admin;

/// <summary>
/// Changes an account's name, roles and scope. A stale form (another administrator saved first) is refused; the
/// change applies to the user's next request, since every request re-reads the account.
/// </summary>
public sealed class ChangeUser(UserManager<ZongzhiUser> users, RoleManager<IdentityRole> roles, ZongzhiDb db, AuditTrail audit)
{
    public sealed record Request(string UserId, string? ConcurrencyStamp, string? DisplayName, IReadOnlyList<string> Roles, long? DepartmentId, long? VillageId, string? Email = null);

    public async Task<Result> RunAsync(Request request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.FindByIdAsync(request.UserId);
        if (user is null)
        {
            return new NotFoundError("未找到该用户");
        }

        if (await UserRules.CheckAsync(db, request.DisplayName, request.Roles, request.DepartmentId, request.VillageId, cancellationToken) is { } error)
        {
            return error;
        }

        if (UserRules.CheckEmail(request.Email) is { } emailError)
        {
            return emailError;
        }

        var before = await users.GetRolesAsync(user);
        if (request.Roles.Contains(Roles.Administrator) != before.Contains(Roles.Administrator) && user.Id == audit.Actor.UserId)
        {
            return new ValidationError("roles", "不能更改自己的系统管理员角色");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp;
        var changed = new List<string>();
        if (user.DisplayName != request.DisplayName!.Trim())
        {
            changed.Add("displayName");
        }

        if (user.DepartmentId != request.DepartmentId)
        {
            changed.Add("departmentId");
        }

        if (user.VillageId != request.VillageId)
        {
            changed.Add("villageId");
        }

        user.DisplayName = request.DisplayName!.Trim();
        user.DepartmentId = request.DepartmentId;
        user.VillageId = request.VillageId;
        var email = UserRules.NormaliseEmail(request.Email);
        var emailChanged = !string.Equals(user.Email, email, StringComparison.Ordinal);
        user.Email = email;
        user.NormalizedEmail = email?.ToUpperInvariant();
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return updated.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                ? new ConflictError("已被他人修改，请刷新后重试")
                : IdentityErrors.ToValidation(updated, "displayName");
        }

        var added = request.Roles.Distinct().Except(before).ToList();
        var removed = before.Except(request.Roles).ToList();
        foreach (var role in added.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        await users.RemoveFromRolesAsync(user, removed);
        await users.AddToRolesAsync(user, added);
        // One entry per change: a permission change (roles added or removed) is "user.roles", any other "user.change".
        if (emailChanged)
        {
            changed.Add("email");
        }

        if (added.Count + removed.Count > 0)
        {
            changed.Add("roles");
        }

        audit.Record("User", user.Id, added.Count + removed.Count > 0 ? "user.roles" : "user.change",
            new { changed, added, removed, request.DepartmentId, request.VillageId, emailChanged });

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }
}
