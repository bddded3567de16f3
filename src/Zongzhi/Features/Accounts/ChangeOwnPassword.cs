using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Accounts;

/// <summary>The signed-in user changes their password (also the forced change at first login); the session continues.</summary>
public sealed class ChangeOwnPassword(UserManager<ZongzhiUser> users, SignInManager<ZongzhiUser> signIn, AuditTrail audit, ZongzhiDb db)
{
    public async Task<Result> RunAsync(ClaimsPrincipal principal, string? currentPassword, string? newPassword)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return new NotFoundError("未找到当前用户");
        }

        if (string.IsNullOrEmpty(currentPassword))
        {
            return new ValidationError("currentPassword", "请输入当前密码");
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            return new ValidationError("newPassword", "请输入新密码");
        }

        if (newPassword == currentPassword)
        {
            return new ValidationError("newPassword", "新密码不能与当前密码相同");
        }

        var wasForced = user.MustChangePassword;
        user.MustChangePassword = false;
        var entry = audit.Record("User", user.Id, "password.change", new { forced = wasForced });
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            db.Entry(entry).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
            user.MustChangePassword = wasForced;
            var mismatch = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            return new ValidationError(mismatch ? "currentPassword" : "newPassword", string.Join("；", result.Errors.Select(e => e.Description)));
        }

        // The change bumped the security stamp, which ends every other session; this one gets a fresh cookie.
        await signIn.RefreshSignInAsync(user);
        return Result.Success;
    }
}
