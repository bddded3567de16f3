using Zongzhi.Features.ExtensionRequests;
using Zongzhi.Platform;

namespace Zongzhi.Features.Assignments;

/// <summary>
/// 交办单: <c>POST /api/matters/{id}/assign</c> issues the sheet; <c>/api/assignments</c> lists and shows sheets and
/// takes the department's and the supervising body's actions on them, each through <see cref="SheetWork"/>.
/// </summary>
public static class AssignmentsApi
{
    public static IEndpointRouteBuilder MapAssignmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/matters/{id:long}/assign", (long id, AssignRequest request, AssignMatter assign, CancellationToken ct) => assign.RunAsync(id, request, ct))
            .WithTags("Assignments").RequireAuthorization(Policies.Director)
            .WithSummary("交办：出具交办单（承办部门、协办部门、交办要求），通知承办部门签收")
            .Produces<AssignmentSheetView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesRefusals();

        var group = app.MapGroup("/api/assignments").WithTags("Assignments");
        group.MapGet("/", ([AsParameters] AssignmentQueries.Query query, AssignmentQueries queries, CancellationToken ct) => queries.ListAsync(query, ct))
            .RequireAuthorization(Policies.Staff).WithSummary("交办单列表（承办部门看本部门的；督办部门看督办范围内的；按状态筛选，游标分页）")
            .Produces<AssignmentQueries.Page>().ProducesValidationProblem();
        group.MapGet("/{id:long}", (long id, AssignmentQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .RequireAuthorization(Policies.Staff).WithSummary("交办单详情（办理轮次、进展、结果、延期申请、期限与剩余工作日）")
            .Produces<AssignmentSheetView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:long}/receive", (long id, SheetVersionRequest request, ReceiveAssignment action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .RequireAuthorization(Policies.DepartmentStaff).WithSummary("签收交办单（承办部门），签收之日起计算办理期限").Sheet();
        group.MapPost("/{id:long}/progress", (long id, ProgressRequest request, RecordProgress action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .RequireAuthorization(Policies.DepartmentStaff).WithSummary("记录办理进展（承办或协办部门）").Sheet();
        group.MapPost("/{id:long}/result", (long id, ResultRequest request, SubmitResult action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .RequireAuthorization(Policies.DepartmentStaff).WithSummary("提交办理结果（办理情况、答复内容、当事人满意度）").Sheet();
        group.MapPost("/{id:long}/review", (long id, ReviewRequest request, ReviewResult action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .RequireAuthorization(Policies.Supervisor).WithSummary("审核办理结果：通过，或要求重新办理（理由、新的办理期限）").Sheet();
        group.MapPost("/{id:long}/extension-requests", (long id, ExtensionApplication request, RequestExtension action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .RequireAuthorization(Policies.DepartmentStaff).WithSummary("申请延期（理由、申请延期至的日期；须在期限届满前提出）")
            .Produces<ExtensionRequestView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesRefusals();
        return app;
    }

    private static RouteHandlerBuilder Sheet(this RouteHandlerBuilder builder) =>
        builder.Produces<AssignmentSheetView>().ProducesValidationProblem().ProducesRefusals();

    /// <summary>The refusals every action may answer: 403 (not this user's to do), 404 (outside scope), 409 (state or stale version).</summary>
    public static RouteHandlerBuilder ProducesRefusals(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
