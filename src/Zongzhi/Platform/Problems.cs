using Microsoft.AspNetCore.Http.HttpResults;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Platform;

/// <summary>Maps refusals to problem-details responses once (STYLE.md §4): 400, 403, 404, 409, with Chinese text.</summary>
public static class Problems
{
    public const string ValidationTitle = "提交的内容有误";

    public static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: ValidationTitle);

    public static ValidationProblem Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult From(DomainError error) => error switch
    {
        ValidationFailure many => Validation(many.Errors.GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())),
        ValidationError v => Validation(v.Field, v.Message),
        NotFoundError n => TypedResults.Problem(n.Message, statusCode: StatusCodes.Status404NotFound, title: "未找到"),
        ForbiddenError f => TypedResults.Problem(f.Message, statusCode: StatusCodes.Status403Forbidden, title: "无权执行此操作"),
        ConflictError c => TypedResults.Problem(c.Message, statusCode: StatusCodes.Status409Conflict, title: "当前状态不允许此操作"),
        _ => TypedResults.Problem(error.Message, statusCode: StatusCodes.Status400BadRequest, title: "请求被拒绝"),
    };

    public static IResult Stale() => TypedResults.Problem(
        "已被他人修改，请刷新后重试", statusCode: StatusCodes.Status409Conflict, title: "已被他人修改");
}
