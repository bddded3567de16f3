using Zongzhi.Features.Assignments;
using Zongzhi.Platform;

namespace Zongzhi.Features.ExtensionRequests;

/// <summary><c>/api/extension-requests</c>: the supervising body's queue and decisions on sheet extension requests (延期审批).</summary>
public static class ExtensionRequestsApi
{
    public static IEndpointRouteBuilder MapExtensionRequestsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/extension-requests").WithTags("ExtensionRequests");
        group.MapGet("/", ([AsParameters] ExtensionRequestSearch.Query query, ExtensionRequestSearch search, CancellationToken ct) => search.RunAsync(query, ct))
            .RequireAuthorization(Policies.Supervisor).WithSummary("督办部门的延期申请（按状态筛选，如 status=Pending；游标分页）")
            .Produces<ExtensionRequestSearch.Page>().ProducesValidationProblem();
        group.MapPost("/{id:long}/approve", (long id, ApproveExtensionRequest request, ApproveExtension action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .RequireAuthorization(Policies.Supervisor).WithSummary("批准延期（可另定期限、审批意见）；原定期限保留")
            .Produces<ExtensionRequestView>().ProducesValidationProblem().ProducesRefusals();
        group.MapPost("/{id:long}/reject", (long id, RejectExtensionRequest request, RejectExtension action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .RequireAuthorization(Policies.Supervisor).WithSummary("不批准延期（须写明理由）；期限不变")
            .Produces<ExtensionRequestView>().ProducesValidationProblem().ProducesRefusals();
        return app;
    }
}
