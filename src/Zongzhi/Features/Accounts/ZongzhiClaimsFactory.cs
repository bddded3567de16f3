using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zongzhi.Platform;

namespace Zongzhi.Features.Accounts;

/// <summary>
/// Builds the principal from the database; since the security stamp is validated on every request, the claims
/// (roles, forced password change, required two-factor) follow the account at once.
/// </summary>
public sealed class ZongzhiClaimsFactory(
    UserManager<ZongzhiUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options, IConfiguration configuration)
    : UserClaimsPrincipalFactory<ZongzhiUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ZongzhiUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AccountClaims.DisplayName, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AccountClaims.MustChangePassword, "true"));
        }

        if (!user.TwoFactorEnabled && identity.HasClaim(identity.RoleClaimType, Roles.Administrator) && !DemoMode.IsOn(configuration))
        {
            identity.AddClaim(new Claim(AccountClaims.TwoFactorRequired, "true"));
        }

        return identity;
    }
}
