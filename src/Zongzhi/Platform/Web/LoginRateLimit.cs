using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Zongzhi.Platform.Web;

/// <summary>
/// Rate limit on signing in (ASP.NET Core rate limiter), partitioned by client address: at most
/// <see cref="Options.PermitsPerMinute"/> login attempts a minute from one address (API <c>POST /api/auth/login</c> and
/// the pages' login and code steps), beyond which the answer is 429 with a Chinese message and Retry-After. It works
/// beside the per-account lockout (5 failures, 15 minutes), which one address guessing many accounts would not reach.
/// Behind a reverse proxy, the proxy must pass the client address (forwarded headers), or all clients share one limit.
/// </summary>
public static class LoginRateLimit
{
    public const string Message = "登录尝试过于频繁，请 1 分钟后再试";

    /// <summary>Settings under <c>Zongzhi:Login:RateLimit</c>.</summary>
    public sealed class Options
    {
        public int PermitsPerMinute { get; set; } = 20;
    }

    private static readonly string[] LoginPaths = ["/api/auth/login", "/Accounts/Login", "/Accounts/LoginWith2fa"];

    public static IServiceCollection AddLoginRateLimit(this IServiceCollection services)
    {
        services.AddOptions<Options>().BindConfiguration("Zongzhi:Login:RateLimit");
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<Options>>((o, login) =>
        {
            var permits = Math.Max(1, login.Value.PermitsPerMinute);
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsLogin(context)
                ? RateLimitPartition.GetSlidingWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    private static bool IsLogin(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && LoginPaths.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = "60";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await TypedResults.Problem(Message, statusCode: StatusCodes.Status429TooManyRequests, title: "请求过于频繁").ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>请稍后再试</title></head><body><p>" + Message
            + "。</p><p><a href=\"/Accounts/Login\">返回登录</a></p></body></html>", cancellationToken);
    }
}
