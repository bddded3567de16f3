using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Zongzhi.Platform.Web;

/// <summary>
/// A bug's answer (STYLE.md §4: exceptions mean bugs, 500, logged), the same in every environment but Development: a
/// Chinese page to a browser and Chinese problem details to the API, each with the request id and nothing of the request
/// or the exception — no submitted values, stack trace, SQL or connection string (issue 7: no personal data in error
/// pages). The exception is logged once, with the request id, method and path (never the query string or the body).
/// </summary>
public sealed partial class ServerErrors(IProblemDetailsService problemDetails, ILogger<ServerErrors> logger) : IExceptionHandler
{
    public const string Title = "服务器内部错误";

    public const string Detail = "请求未能完成，错误已记录。请稍后重试；如仍失败，请把请求编号告诉系统管理员。";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var requestId = RequestId(httpContext);
        Failed(logger, exception, httpContext.Request.Method, httpContext.Request.Path.Value ?? "", requestId);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        if (WantsPage(httpContext.Request))
        {
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            await httpContext.Response.WriteAsync(Page(requestId), cancellationToken);
            return true;
        }

        // The problem's title, detail and request id come from Customize (every 500 problem, also one written elsewhere).
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status500InternalServerError },
        });
    }

    /// <summary>For <c>AddProblemDetails</c>: a 500's text in Chinese, with the request id to quote.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ProblemDetails.Status is StatusCodes.Status500InternalServerError)
        {
            context.ProblemDetails.Title = Title;
            context.ProblemDetails.Detail = Detail;
            context.ProblemDetails.Extensions["traceId"] = RequestId(context.HttpContext);
        }
    }

    private static string RequestId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    /// <summary>A browser's page request (not the API, which always answers problem details).</summary>
    private static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static string Page(string requestId) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{Title}</title>
            <link rel="stylesheet" href="/css/site.css" />
        </head>
        <body>
        <main>
            <h1>{Title}</h1>
            <p>{Detail}</p>
            <p>请求编号：<code>{WebUtility.HtmlEncode(requestId)}</code></p>
            <p><a href="/">返回工作台</a></p>
        </main>
        </body>
        </html>
        """;

    [LoggerMessage(EventId = 500, Level = LogLevel.Error, Message = "Unhandled exception in {Method} {Path} (request {RequestId})")]
    private static partial void Failed(ILogger logger, Exception exception, string method, string path, string requestId);
}
