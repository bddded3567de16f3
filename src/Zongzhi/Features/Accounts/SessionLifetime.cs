using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zongzhi.Data;
using Zongzhi.Platform;

namespace Zongzhi.Features.Accounts;

/// <summary>
/// Session rules (等保2.0 / ASVS V3): 30 minutes idle (the cookie's sliding expiry), 8 hours at most from sign-in
/// whatever the activity, and the security stamp and disabled flag checked on every request by one indexed read, so a
/// logout, a password change or a disabled account ends every copy of the cookie at once; Identity's full check, which
/// also rebuilds the principal (roles) and re-issues the cookie, runs once per <see cref="FullCheckInterval"/>.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan AbsoluteLimit = TimeSpan.FromHours(8);

    /// <summary>How often Identity rebuilds the principal (a role change shows within this time; issue 8: it cost five
    /// queries and a cookie re-issue on every request).</summary>
    public static readonly TimeSpan FullCheckInterval = TimeSpan.FromSeconds(30);

    /// <summary>Stamps the sign-in time; a refresh of the same user's cookie (password change, 2FA) keeps the original.</summary>
    public static Task OnSigningIn(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal?.Identity is not ClaimsIdentity identity || identity.HasClaim(c => c.Type == AccountClaims.SignedInAt))
        {
            return Task.CompletedTask;
        }

        var current = context.HttpContext.User;
        var sameUser = current.Identity?.IsAuthenticated == true
            && current.FindFirstValue(ClaimTypes.NameIdentifier) == context.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var signedInAt = sameUser ? current.FindFirstValue(AccountClaims.SignedInAt) : null;
        signedInAt ??= Now(context.HttpContext).Ticks.ToString(CultureInfo.InvariantCulture);
        identity.AddClaim(new Claim(AccountClaims.SignedInAt, signedInAt));
        return Task.CompletedTask;
    }

    /// <summary>Refuses a cookie past the absolute cap, then lets Identity check the security stamp.</summary>
    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.Principal?.FindFirstValue(AccountClaims.SignedInAt);
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || Now(context.HttpContext) - new DateTime(ticks, DateTimeKind.Utc) >= AbsoluteLimit)
        {
            context.RejectPrincipal();
            await context.HttpContext.RequestServices.GetRequiredService<SignInManager<ZongzhiUser>>().SignOutAsync();
            return;
        }

        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = context.Principal?.FindFirstValue(stampClaim);
        // One read gives the stamp, the disabled flag and the request's CurrentUser (scope and roles), which the
        // endpoint would otherwise read again with two more queries (issue 8).
        var account = userId is null ? null : await CurrentUser.LoadAccountAsync(services.GetRequiredService<ZongzhiDb>(), userId, context.HttpContext.RequestAborted);
        if (account is null || account.IsDisabled || stamp is null || account.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await services.GetRequiredService<SignInManager<ZongzhiUser>>().SignOutAsync();
            return;
        }

        services.GetRequiredService<CurrentUser>().Preload(account.Snapshot);
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    public static Task OnRefreshingPrincipal(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is { } current)
        {
            foreach (var type in new[] { AccountClaims.SignedInAt, AccountClaims.AuthenticationMethod })
            {
                if (current.FindFirst(type) is { } claim && !identity.HasClaim(c => c.Type == type))
                {
                    identity.AddClaim(new Claim(type, claim.Value));
                }
            }
        }

        return Task.CompletedTask;
    }

    private static DateTime Now(HttpContext context) => context.RequestServices.GetRequiredService<TownClock>().UtcNow();
}
