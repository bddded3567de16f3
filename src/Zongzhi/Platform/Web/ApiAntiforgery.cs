using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;

namespace Zongzhi.Platform.Web;

/// <summary>
/// Cross-site request forgery defence for the JSON API. Razor Pages forms carry their token in a hidden field and are
/// validated by Razor Pages. An unsafe API request (POST, PUT, PATCH, DELETE under <c>/api</c>) made with a signed-in
/// cookie must carry the token from <c>GET /api/auth/antiforgery</c> in the <see cref="HeaderName"/> header; without it,
/// or with a wrong one, it is refused with 400 before authorization and before the handler runs, so nothing changes.
/// Endpoints that allow anonymous callers (login, the public self-service of 一案一码) act on no authority of the cookie
/// and are exempt; a request without a signed-in cookie has no authority to forge. See docs/web-defences.md.
/// </summary>
public static class ApiAntiforgery
{
    public const string HeaderName = "X-CSRF-TOKEN";
    public const string CookieName = "zongzhi.csrf";
    public const string RefusedTitle = "安全校验失败";
    public const string RefusedDetail = "请求缺少有效的防伪令牌（X-CSRF-TOKEN），请刷新页面后重试";

    /// <summary>The request token for the caller's session and the header to send it in.</summary>
    public sealed record TokenResponse(string Token, string HeaderName);

    public static IServiceCollection AddApiAntiforgery(this IServiceCollection services) =>
        services.AddAntiforgery(o =>
        {
            o.HeaderName = HeaderName;
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

    public static IEndpointRouteBuilder MapApiAntiforgery(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/auth/antiforgery", Token).AllowAnonymous().WithTags("Accounts")
            .WithSummary("防伪令牌：已登录时修改类请求（POST/PUT/PATCH/DELETE）须在 X-CSRF-TOKEN 请求头中带上此令牌");
        return app;
    }

    public static Microsoft.AspNetCore.Http.HttpResults.Ok<TokenResponse> Token(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new TokenResponse(tokens.RequestToken!, HeaderName));
    }

    /// <summary>Refuses an unsafe API request of a signed-in cookie without a valid token. Runs after authentication.</summary>
    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (NeedsToken(context) && !await IsValidAsync(context))
        {
            await TypedResults.Problem(RefusedDetail, statusCode: StatusCodes.Status400BadRequest, title: RefusedTitle).ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    private static bool NeedsToken(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
             || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        && context.User.Identity?.IsAuthenticated == true
        && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null;

    private static async Task<bool> IsValidAsync(HttpContext context)
    {
        // The token must come in the header: a form field would make the check read a whole upload first.
        if (string.IsNullOrEmpty(context.Request.Headers[HeaderName]))
        {
            return false;
        }

        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}
