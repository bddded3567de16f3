using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Matters;

/// <summary><c>/api/matters</c>: register, read and search matters within the user's scope.</summary>
public static class MattersApi
{
    public static IEndpointRouteBuilder MapMattersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/matters").WithTags("Matters");
        group.MapPost("/", RegisterAsync).RequireAuthorization(Policies.Registrar)
            .WithSummary("登记事项（支持 Idempotency-Key 请求头）").Produces<MatterView>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(Policies.Staff).WithSummary("事项详情（当事人信息已脱敏）");
        group.MapGet("/", SearchAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("查询事项（按事项编号或其开头、状态等筛选；服务端分页）")
            .WithDescription("网址会留在浏览器历史、代理和请求日志中，所以 q 只接受事项编号或其开头部分（如 ZZ-2026-000123、ZZ-2026），"
                + "其他内容答复 400（字段 q）。按姓名、电话、身份证号码或摘要文字查询请用 POST /api/matters/search，条件放在请求体中。")
            .Produces<MatterSearch.Page>().ProducesValidationProblem();
        group.MapPost("/search", SearchByBodyAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("查询事项（条件在请求体中，姓名、电话、证件号不进入网址；服务端分页）").Produces<MatterSearch.Page>().ProducesValidationProblem();
        return app;
    }

    public static async Task<IResult> RegisterAsync(
        HttpRequest http, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        RegisterMatter register, IdempotentRequests idempotency, CurrentUser current, ZongzhiDb db, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        http.EnableBuffering();
        http.Body.Position = 0;
        using var reader = new StreamReader(http.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(cancellationToken);
        RegisterMatterRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<RegisterMatterRequest>(body, http.HttpContext.RequestServices
                .GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions);
        }
        catch (JsonException exception)
        {
            return Problems.Validation(JsonField(exception), "内容格式有误：" + JsonMessage(exception));
        }

        if (request is null)
        {
            return Problems.Validation("body", "请求内容为空");
        }

        var hash = IdempotentRequests.Hash(body);
        if (idempotencyKey is not null)
        {
            if (idempotencyKey.Length is 0 or > IdempotentRequests.MaxKeyLength)
            {
                return Problems.Validation("Idempotency-Key", $"Idempotency-Key 长度应为 1–{IdempotentRequests.MaxKeyLength} 个字符");
            }

            var (replay, conflict) = await idempotency.FindAsync(user.Id, "matter.register", idempotencyKey, hash, cancellationToken);
            if (conflict)
            {
                return IdempotentRequests.KeyReused();
            }

            if (replay is not null)
            {
                return IdempotentRequests.ReplayResult(replay);
            }
        }

        try
        {
            var result = await register.RunAsync(user, request, async matter =>
            {
                if (idempotencyKey is not null)
                {
                    var view = MatterView.From(matter, db.VersionOf(matter));
                    idempotency.Remember(user.Id, "matter.register", idempotencyKey, hash, StatusCodes.Status201Created,
                        JsonSerializer.Serialize(view, JsonOptions(http)), $"/api/matters/{matter.Id}");
                }

                await Task.CompletedTask;
            }, cancellationToken);
            return result.IsSuccess
                ? TypedResults.Created($"/api/matters/{result.Value!.Id}", MatterView.From(result.Value, db.VersionOf(result.Value)))
                : Problems.From(result.Error!);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // A parallel retry with the same key committed first: answer as it did.
            db.ChangeTracker.Clear();
            var (replay, conflict) = await idempotency.FindAsync(user.Id, "matter.register", idempotencyKey, hash, cancellationToken);
            return conflict ? IdempotentRequests.KeyReused() : replay is not null ? IdempotentRequests.ReplayResult(replay) : throw new InvalidOperationException("Idempotent replay missing.");
        }
    }

    public static async Task<Results<Ok<MatterView>, NotFound>> GetAsync(long id, ZongzhiDb db, MatterAccess access, CurrentUser current, AuditTrail audit, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var matter = await access.Visible(user).Where(m => m.Id == id).WithDetails().FirstOrDefaultAsync(cancellationToken);
        if (matter is null)
        {
            return TypedResults.NotFound();
        }

        // The page shows parties (masked): a view of personal data, so it is in the audit trail.
        await audit.RecordReadAsync("Matter", matter.Id, "matter.view", cancellationToken: cancellationToken);
        return TypedResults.Ok(MatterView.From(matter, db.VersionOf(matter)));
    }

    public static Task<IResult> SearchAsync([AsParameters] MatterSearch.Query query, MatterSearch search, CancellationToken cancellationToken) =>
        search.RunFromAddressAsync(query, cancellationToken);

    // The same search with the criteria in the body, so a citizen's name, phone or ID number stays out of addresses and logs
    // (a plain comment: an XML summary would replace the Chinese one in the OpenAPI document).
    public static Task<IResult> SearchByBodyAsync(MatterSearch.Query query, MatterSearch search, CancellationToken cancellationToken) =>
        search.RunAsync(query, cancellationToken);

    private static JsonSerializerOptions JsonOptions(HttpRequest http) =>
        http.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

    private static string JsonField(JsonException exception) =>
        string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "body" : exception.Path.TrimStart('$', '.');

    private static string JsonMessage(JsonException exception) =>
        exception.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "包含不允许的字段" : "无法识别的值或结构";
}
