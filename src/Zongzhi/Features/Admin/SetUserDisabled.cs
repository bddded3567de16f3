using Microsoft.AspNetCore.Identity;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Admin;

/// <summary>
/// Disables or re-enables an account. Disabling bumps the security stamp, which every request checks, so the user's
/// open sessions end on their next request (well within a minute). Nothing is deleted.
/// </summary>
public sealed class SetUserDisabled(UserManager<ZongzhiUser> users, ZongzhiDb db, AuditTrail audit)
{
    public async Task<Result> RunAsync(string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new NotFoundError("未找到该用户");
        }

        if (disabled && user.Id == audit.Actor.UserId)
        {
            return new ConflictError("不能停用自己的账号");
        }

        if (user.IsDisabled == disabled)
        {
            return Result.Success;
        }

        user.IsDisabled = disabled;
        audit.Record("User", user.Id, disabled ? "user.disable" : "user.enable");
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            return new ConflictError(string.Join("；", result.Errors.Select(e => e.Description)));
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result.Success;
    }
}
