using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Zongzhi.Platform.Web;

/// <summary>
/// Turns the framework's refusals of a request it could not read — malformed or too deeply nested JSON, a value of the
/// wrong type ("receivedAt": 5), an unknown property (no mass assignment), a missing body, a query or route value that
/// is not a number, a body over the limit — into a problem-details answer naming the field, in Chinese (issue 3),
/// instead of the framework's generic "Bad Request". Minimal APIs throw them (RouteHandlerOptions.ThrowOnBadRequest).
/// </summary>
public sealed partial class BadRequestProblems : IExceptionHandler
{
    public const string BodyField = "body";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var result = bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => RequestLimits.TooLarge(RequestLimits.JsonMaxBytes),
            StatusCodes.Status415UnsupportedMediaType => TypedResults.Problem("请求内容须为 JSON（Content-Type: application/json）",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "不支持的请求内容类型"),
            _ => Describe(bad),
        };
        await result.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>The field and Chinese message for a request the framework could not bind.</summary>
    public static IResult Describe(BadHttpRequestException bad)
    {
        ArgumentNullException.ThrowIfNull(bad);
        if (bad.InnerException is JsonException json)
        {
            var (field, message) = FromJson(json);
            return Problems.Validation(field, message);
        }

        if (BindFailure().Match(bad.Message) is { Success: true } bind)
        {
            return Problems.Validation(bind.Groups["name"].Value, $"“{Shorten(bind.Groups["value"].Value)}”不是有效的{TypeName(bind.Groups["type"].Value)}");
        }

        if (MissingParameter().Match(bad.Message) is { Success: true } missing)
        {
            return Problems.Validation(missing.Groups["name"].Value, "缺少此参数");
        }

        if (bad.Message.Contains("no body was provided", StringComparison.OrdinalIgnoreCase)
            || bad.Message.Contains("body was empty", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Validation(BodyField, "请求内容不能为空，须为 JSON 对象");
        }

        return Problems.Validation(BodyField, "请求内容无法读取，请检查格式");
    }

    private static (string Field, string Message) FromJson(JsonException json)
    {
        if (UnmappedProperty().Match(json.Message) is { Success: true } unmapped)
        {
            var prefix = FieldOf(json.Path);
            var name = unmapped.Groups["name"].Value;
            var field = prefix == BodyField ? name
                : prefix == name || prefix.EndsWith("." + name, StringComparison.Ordinal) ? prefix
                : prefix + "." + name;
            return (field, $"不接受字段“{Shorten(name)}”（未知字段，请检查拼写）");
        }

        var at = FieldOf(json.Path);
        if (json.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return (BodyField, "JSON 嵌套层数过多");
        }

        if (ConvertFailure().Match(json.Message) is { Success: true } convert)
        {
            return (at, $"类型不正确：应为{TypeName(convert.Groups["type"].Value)}");
        }

        return (at, at == BodyField ? "不是有效的 JSON，请检查格式" : "不是有效的 JSON 或值的格式不正确，请检查格式");
    }

    /// <summary>"$.parties[0].name" → "parties[0].name"; the root → "body".</summary>
    private static string FieldOf(string? path) =>
        path is null or "$" or "" ? BodyField : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string TypeName(string type)
    {
        var name = type.Split('.', '+')[^1].TrimEnd('?', ']').Replace("Nullable`1[", "", StringComparison.Ordinal);
        return name switch
        {
            "Int32" or "Int64" or "Int16" or "int" or "long" or "short" => "整数",
            "Decimal" or "Double" or "Single" or "decimal" or "double" => "数字",
            "Boolean" or "bool" => "布尔值（true 或 false）",
            "String" or "string" => "文本",
            "DateOnly" => "日期（如 2026-11-28）",
            "DateTime" or "DateTimeOffset" => "日期时间（如 2026-11-28T09:30:00+08:00）",
            "TimeOnly" => "时间（如 09:30）",
            "Guid" => "编号",
            _ when type.Contains("List", StringComparison.Ordinal) || type.Contains("[]", StringComparison.Ordinal)
                || type.Contains("IReadOnly", StringComparison.Ordinal) || type.Contains("Enumerable", StringComparison.Ordinal) => "数组",
            _ => "规定的取值",
        };
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"The JSON property '(?<name>.*?)' could not be mapped", RegexOptions.Singleline)]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex(@"could not be converted to (?<type>[^.\s]+(\.[^.\s]+)*?)\.?(\s|$)")]
    private static partial Regex ConvertFailure();

    [GeneratedRegex("Failed to bind parameter \"(?<type>\\S+) (?<name>[^\"]+)\" from \"(?<value>.*)\"", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("Required parameter \"\\S+ (?<name>[^\"]+)\" was not provided")]
    private static partial Regex MissingParameter();
}
