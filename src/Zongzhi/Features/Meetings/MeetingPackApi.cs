using Zongzhi.Domain.Information;
using Zongzhi.Domain.Meetings;
using Zongzhi.Platform;

namespace Zongzhi.Features.Meetings;

/// <summary><c>/api/meetings/pack</c>: the monthly meeting's figures (综治例会材料) as JSON and as an Excel workbook.</summary>
public static class MeetingPackApi
{
    public static IEndpointRouteBuilder MapMeetingPackApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings/pack").WithTags("Meetings").RequireAuthorization(MeetingPolicies.Reader);
        group.MapGet("", GetAsync)
            .WithSummary("综治例会材料：渠道、类别、村的事项数，受理、办结、按原定期限的按期率和超期数，满意率，重新办理，包案，延期，信息和突发事件，村月报，责任追究，环比、同比，热点和近12个月趋势");
        group.MapGet("/excel", ExcelAsync).WithSummary("综治例会材料导出为 Excel（每张表一个工作表；导出记入审计）")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return app;
    }

    public static async Task<IResult> GetAsync(string? month, PeriodStatistics statistics, CancellationToken cancellationToken) =>
        ReportMonth.Parse(month) is { } parsed
            ? TypedResults.Ok(await statistics.RunAsync(ReportPeriod.Of(parsed), PeriodStatistics.Scope.Town, cancellationToken))
            : MonthProblem();

    public static async Task<IResult> ExcelAsync(string? month, ExportMeetingPack export, CancellationToken cancellationToken) =>
        ReportMonth.Parse(month) is { } parsed
            ? TypedResults.File(await export.RunAsync(parsed, cancellationToken), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ExportMeetingPack.FileName(parsed))
            : MonthProblem();

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem MonthProblem() => Problems.Validation("month", "统计月份格式应为 yyyy-MM，例如 2026-10");
}
