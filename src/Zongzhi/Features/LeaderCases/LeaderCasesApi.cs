using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Platform;

namespace Zongzhi.Features.LeaderCases;

/// <summary><c>/api/leader-cases</c>: the leader's cases with working days remaining, and one case in full.</summary>
public static class LeaderCasesApi
{
    public static IEndpointRouteBuilder MapLeaderCasesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/leader-cases").WithTags("LeaderCases");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("包案列表（包案领导看本人包案；中心主任、党政一把手看全部，可按状态、领导、是否超期筛选），含剩余工作日");
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("包案详情（调处方案、办理进展、协助请求及答复、延期申请、移交、办结、材料移交）");
        app.MapGet("/api/coordination-requests", CoordinationRequestsAsync).WithTags("LeaderCases").RequireAuthorization(Policies.DepartmentStaff)
            .WithSummary("本部门收到的包案协助请求（可按是否待答复筛选）");
        return app;
    }

    public static string Link(long leaderCaseId) => $"/LeaderCases/Details/{leaderCaseId}";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<Ok<List<LeaderCaseSummary>>> ListAsync(
        [AsParameters] LeaderCaseQueries.ListQuery query, LeaderCaseQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListAsync(query, cancellationToken));

    public static async Task<Results<Ok<LeaderCaseView>, NotFound>> GetAsync(long id, LeaderCaseQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    public static async Task<Ok<List<LeaderCaseQueries.ExtensionQueueItem>>> ExtensionRequestsAsync(
        ExtensionRequestStatus? status, LeaderCaseQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ExtensionRequestsAsync(status, cancellationToken));

    public static async Task<Ok<List<LeaderCaseQueries.CoordinationQueueItem>>> CoordinationRequestsAsync(
        bool? open, LeaderCaseQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.CoordinationRequestsAsync(open, cancellationToken));
}
