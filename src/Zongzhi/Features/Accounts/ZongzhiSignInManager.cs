using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Zongzhi.Features.Accounts;

/// <summary>Identity's sign-in manager, refusing disabled accounts at sign-in and on every request's stamp check.</summary>
public sealed class ZongzhiSignInManager(
    UserManager<ZongzhiUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ZongzhiUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ZongzhiUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ZongzhiUser> confirmation)
    : SignInManager<ZongzhiUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ZongzhiUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.IsDisabled && await base.CanSignInAsync(user);
    }

    public override async Task<ZongzhiUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsDisabled: false } ? user : null;
    }
}
