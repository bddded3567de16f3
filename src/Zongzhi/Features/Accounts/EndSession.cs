using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Zongzhi.Data;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Accounts;

/// <summary>
/// Logout: bumps the security stamp (checked on every request), so a copy of the cookie stops working at once,
/// not only the browser's; then deletes the cookie. Audited.
/// </summary>
public sealed class EndSession(UserManager<ZongzhiUser> users, SignInManager<ZongzhiUser> signIn, AuditTrail audit, ZongzhiDb db)
{
    public async Task RunAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is not null)
        {
            audit.Record("User", user.Id, "logout");
            // UpdateSecurityStampAsync saves the user, and the audit entry with it.
            await users.UpdateSecurityStampAsync(user);
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync();
            }
        }

        await signIn.SignOutAsync();
    }
}
