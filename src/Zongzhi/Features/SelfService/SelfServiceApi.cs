using Zongzhi.Data;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.SelfService;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform;

namespace Zongzhi.Features.SelfService;

/// <summary>
/// 一案一码: the public lookup and evaluation (anonymous, rate-limited, no personal data in any answer), the clerk's
/// query-code regeneration, and the supervising body's review of unsatisfied ratings.
/// </summary>
public static class SelfServiceApi
{
    public sealed record LookupRequest(string? Number, string? Code);

    public sealed record EvaluationRequest(string? Number, string? Code, Satisfaction? Rating, string? Comment);

    public sealed record QueryCodeAnswer(long MatterId, string Number, string QueryCode, string Display, IReadOnlyList<string> ReadAloud, int Generation, string StatusUrl);

    public sealed record ReviewRow(long Id, long MatterId, string Number, string Summary, Satisfaction Rating, string? Comment, DateTime OpenedAt,
        SatisfactionReviewOutcome? Outcome, string? Note, DateTime? ConcludedAt, int Version);

    /// <summary>The one answer for an unknown number, a wrong code and a malformed code alike.</summary>
    public const string NotFoundMessage = "未查询到匹配的事项，请核对回执上的事项编号和查询码";

    public const string ThrottledMessage = "查询次数过多，请稍后再试；如有疑问请到综治中心或致电中心咨询";

    public static IEndpointRouteBuilder MapSelfServiceApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/self-service").WithTags("SelfService").AllowAnonymous();
        open.MapPost("/lookup", LookupAsync).WithSummary("凭事项编号和查询码查询办理进展（无需登录）");
        open.MapPost("/evaluation", EvaluateAsync).WithSummary("办结后评价（满意/基本满意/不满意），7日内可修改");

        var staff = app.MapGroup("/api").WithTags("SelfService");
        staff.MapPost("/matters/{id:long}/query-code", IssueAsync).RequireAuthorization(Policies.Registrar).WithSummary("重新生成查询码（原回执作废）");
        staff.MapGet("/self-service/reviews", ReviewsAsync).RequireAuthorization(Policies.Supervisor).WithSummary("不满意评价复核列表");
        staff.MapPost("/self-service/reviews/{id:long}", ConcludeAsync).RequireAuthorization(Policies.Supervisor).WithSummary("复核不满意评价：维持办结或重新办理");
        return app;
    }

    public static async Task<IResult> LookupAsync(LookupRequest request, PublicLookup lookup, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Invalid(request.Number, request.Code) is { } invalid)
        {
            return invalid;
        }

        return await lookup.RunAsync(request.Number!, request.Code!, ClientAddress(http), cancellationToken) switch
        {
            PublicLookup.Found found => TypedResults.Ok(found.View),
            PublicLookup.Throttled => Throttled(),
            _ => TypedResults.Problem(title: NotFoundMessage, statusCode: StatusCodes.Status404NotFound),
        };
    }

    public static async Task<IResult> EvaluateAsync(
        EvaluationRequest request, PublicLookup lookup, RateMatter rate, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Invalid(request.Number, request.Code) is { } invalid)
        {
            return invalid;
        }

        var found = await lookup.RunAsync(request.Number!, request.Code!, ClientAddress(http), cancellationToken);
        if (found is PublicLookup.Throttled)
        {
            return Throttled();
        }

        if (found is not PublicLookup.Found match)
        {
            return TypedResults.Problem(title: NotFoundMessage, statusCode: StatusCodes.Status404NotFound);
        }

        var result = await rate.RunAsync(new PublicLookup.Ticket(match.MatterId, 0), request.Rating, request.Comment, ClientAddress(http), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : Problems.From(result.Error!);
    }

    public static async Task<IResult> IssueAsync(long id, IssueQueryCode issue, HttpContext http, Microsoft.Extensions.Options.IOptions<SelfServiceOptions> options, CancellationToken cancellationToken)
    {
        var issued = await issue.RunAsync(id, cancellationToken);
        if (!issued.IsSuccess)
        {
            return Problems.From(issued.Error!);
        }

        var code = issued.Value!;
        return TypedResults.Ok(new QueryCodeAnswer(code.MatterId, code.Number, code.Code, code.Display, code.ReadAloud, code.Generation,
            StatusLink.For(http.Request, options.Value, code.Number)));
    }

    public static async Task<IResult> ReviewsAsync(bool? open, ZongzhiDb db, CurrentUser current, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        return TypedResults.Ok(await SatisfactionReviews.ListAsync(db, user, open ?? true, cancellationToken));
    }

    public static Task<IResult> ConcludeAsync(long id, ConcludeSatisfactionReview.Request request, ConcludeSatisfactionReview conclude, CancellationToken cancellationToken) =>
        conclude.RunAsync(id, request, cancellationToken);

    public static string? ClientAddress(HttpContext http) => http?.Connection.RemoteIpAddress?.ToString();

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Throttled() => TypedResults.Problem(title: ThrottledMessage, statusCode: StatusCodes.Status429TooManyRequests);

    private static IResult? Invalid(string? number, string? code)
    {
        var errors = new List<ValidationError>();
        if (TextRules.Required("number", number, "事项编号", 32) is { } numberError)
        {
            errors.Add(numberError);
        }

        if (TextRules.Required("code", code, "查询码", 64) is { } codeError)
        {
            errors.Add(codeError);
        }

        return errors.Count > 0 ? Problems.From(new ValidationFailure(errors)) : null;
    }
}
