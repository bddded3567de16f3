using Microsoft.AspNetCore.Identity;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Admin;

/// <summary>
/// Sets a new password for a user (forgotten password, lockout), lifts a lockout and ends the user's sessions.
/// Without a password a one-time password is generated, to be changed at the next login.
/// </summary>
public sealed class ResetUserPassword(UserManager<ZongzhiUser> users, ZongzhiDb db, AuditTrail audit)
{
    public async Task<Result<string>> RunAsync(string userId, string? password, bool mustChangePassword, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new NotFoundError("未找到该用户");
        }

        password ??= OneTimePassword.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.MustChangePassword = mustChangePassword;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return IdentityErrors.ToValidation(reset, "password");
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.Record("User", user.Id, "password.reset", new { mustChangePassword });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return password;
    }
}
