using Microsoft.AspNetCore.Mvc;

namespace Zongzhi.Features.Accounts;

/// <summary>
/// Before anything else, an account that must change its password or enrol two-factor sign-in is sent to do so:
/// pages redirect to the page that does it, the API answers 403 with the reason.
/// </summary>
public static class AccountGate
{
    private static readonly string[] OpenPrefixes = ["/Accounts", "/api/auth", "/health", "/css", "/js", "/lib", "/favicon.ico"];

    public static IApplicationBuilder UseAccountGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        var path = context.Request.Path;
        if (user.Identity?.IsAuthenticated != true || OpenPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        var (page, message) = user.HasClaim(c => c.Type == AccountClaims.MustChangePassword) ? ("/Accounts/ChangePassword", "请先修改初始密码")
            : user.HasClaim(c => c.Type == AccountClaims.TwoFactorRequired) ? ("/Accounts/TwoFactor", "系统管理员须先启用两步验证")
            : (null, null);
        if (page is null)
        {
            await next(context);
        }
        else if (path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(new ProblemDetails { Status = 403, Title = "无权执行此操作", Detail = message, Instance = page },
                options: null, contentType: "application/problem+json");
        }
        else
        {
            context.Response.Redirect(page + "?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
        }
    });
}
