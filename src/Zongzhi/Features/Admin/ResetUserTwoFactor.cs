using Microsoft.AspNetCore.Identity;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Admin;

/// <summary>Turns off a user's two-factor sign-in (lost phone) with a new key; an administrator must enrol again.</summary>
public sealed class ResetUserTwoFactor(UserManager<ZongzhiUser> users, ZongzhiDb db, AuditTrail audit)
{
    public async Task<Result> RunAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new NotFoundError("未找到该用户");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        audit.Record("User", user.Id, "twoFactor.reset");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }
}
