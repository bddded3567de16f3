using Zongzhi.Domain.Information;
using Zongzhi.Platform;

namespace Zongzhi.Features.Information;

/// <summary><c>GET /api/reports/monthly?month=2026-10</c>: the monthly meeting's figures (综治例会统计).</summary>
public static class MonthlyStatisticsApi
{
    public static IEndpointRouteBuilder MapMonthlyStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/monthly", GetAsync).WithTags("Reports").RequireAuthorization(Policies.Director)
            .WithSummary("月度统计：事项（渠道、类别、村）、按原定期限的按期率、满意率、重新办理、包案、延期、信息、紧急事件、村月报，及环比、同比");
        return app;
    }

    public static async Task<IResult> GetAsync(string? month, MonthlyStatistics statistics, CancellationToken cancellationToken) =>
        ReportMonth.Parse(month) is { } parsed
            ? TypedResults.Ok(await statistics.RunAsync(parsed, cancellationToken))
            : Problems.Validation("month", "统计月份格式应为 yyyy-MM，例如 2026-10");
}
