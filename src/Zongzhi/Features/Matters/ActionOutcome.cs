using Microsoft.AspNetCore.Http.HttpResults;

namespace Zongzhi.Features.Matters;

/// <summary>Reads what an API-shaped action answered (204, or 400/403/404/409 problem details) for a page.</summary>
public sealed record ActionOutcome(bool Succeeded, bool IsStale, bool IsNotFound, string? Message, IReadOnlyDictionary<string, string[]> FieldErrors)
{
    public static ActionOutcome From(IResult result) => result switch
    {
        ValidationProblem v => new(false, false, false, null, v.ProblemDetails.Errors.ToDictionary(e => e.Key, e => e.Value)),
        ProblemHttpResult p => new(false, p.ProblemDetails.Title == "已被他人修改", p.StatusCode == StatusCodes.Status404NotFound,
            p.ProblemDetails.Detail ?? p.ProblemDetails.Title, new Dictionary<string, string[]>()),
        _ => new(true, false, false, null, new Dictionary<string, string[]>()),
    };
}
