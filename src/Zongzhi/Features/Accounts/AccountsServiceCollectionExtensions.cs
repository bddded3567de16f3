using Microsoft.AspNetCore.Identity;
using Zongzhi.Data;

namespace Zongzhi.Features.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public static IServiceCollection AddZongzhiAccounts(this IServiceCollection services)
    {
        services.AddIdentity<ZongzhiUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
                o.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticatorTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<ZongzhiDb>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.ProviderName)
            .AddSignInManager<ZongzhiSignInManager>()
            .AddClaimsPrincipalFactory<ZongzhiClaimsFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<CharacterClassPasswordValidator>();

        // Every request still checks the stamp and the disabled flag (SessionLifetime.OnValidatePrincipal, one read);
        // Identity's principal rebuild and cookie re-issue run every 30 s, not on every request (issue 8).
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = SessionLifetime.FullCheckInterval;
            o.OnRefreshingPrincipal = SessionLifetime.OnRefreshingPrincipal;
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "zongzhi.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/Accounts/Login";
            o.LogoutPath = "/Accounts/Logout";
            o.AccessDeniedPath = "/Accounts/Denied";
            o.ExpireTimeSpan = SessionLifetime.IdleTimeout;
            o.SlidingExpiration = true;
            o.Events.OnSigningIn = SessionLifetime.OnSigningIn;
            o.Events.OnValidatePrincipal = SessionLifetime.OnValidatePrincipal;
            // The API answers 401/403 instead of redirecting to the login page.
            o.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.AddScoped<PasswordLogin>();
        services.AddScoped<ChangeOwnPassword>();
        services.AddScoped<EnrolTwoFactor>();
        services.AddScoped<EndSession>();
        return services;
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
