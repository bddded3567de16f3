using Zongzhi.Platform;

namespace Zongzhi.Features.Audit;

/// <summary>
/// <c>/api/audit</c>: the auditor's read-only view of the trail and its Excel export. There is no endpoint that
/// changes or deletes an entry, for anyone (administrators included).
/// </summary>
public static class AuditApi
{
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.Auditor);
        group.MapGet("/", async ([AsParameters] AuditQuery query, SearchAuditTrail search, CancellationToken ct) =>
                query.AddressProblem() ?? TypedResults.Ok(await search.RunAsync(query, ct)))
            .WithSummary("检索审计记录（按 Id 游标分页）").Produces<AuditPage>().ProducesValidationProblem()
            .WithDescription("userId、entityType、entityId、action 只接受编号或代码；姓名、电话、身份证号码答复 400（不进入网址和日志）。");
        group.MapGet("/export", ExportAsync).WithSummary("导出审计记录（Excel，本操作记入审计）")
            .Produces(StatusCodes.Status200OK, contentType: ExcelContentType).ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> ExportAsync([AsParameters] AuditQuery query, ExportAuditTrail export, TownClock clock,
        CancellationToken ct) =>
        query.AddressProblem() ?? TypedResults.File(await export.RunAsync(query, ct), ExcelContentType,
            "审计记录-" + clock.Today().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + ".xlsx");
}
