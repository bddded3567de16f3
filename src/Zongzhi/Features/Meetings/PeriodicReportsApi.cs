using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Meetings;

/// <summary>
/// <c>/api/meetings/reports</c>: written periodic reports (定期书面报告) — the director generates, edits, refreshes and
/// issues them; the pack's readers read and export them (Excel, formula-leading text neutralised).
/// </summary>
public static class PeriodicReportsApi
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapPeriodicReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings/reports").WithTags("Meetings");
        group.MapGet("/", ListAsync).RequireAuthorization(MeetingPolicies.Reader).WithSummary("定期书面报告列表（最近的在前）");
        group.MapPost("/", (GenerateReportRequest request, PeriodicReportWork work, CancellationToken ct) => work.GenerateAsync(request, ct))
            .RequireAuthorization(MeetingPolicies.Writer).WithSummary("生成报告草稿：周报/月报/季报，统计期间，范围（全镇、村(社区)或部门），报送对象");
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(MeetingPolicies.Reader).WithSummary("报告及其统计数据");
        group.MapPut("/{id:long}", (long id, EditReportRequest request, PeriodicReportWork work, CancellationToken ct) => work.EditAsync(id, request, ct))
            .RequireAuthorization(MeetingPolicies.Writer).WithSummary("编辑报告标题和正文（仅草稿；带版本号）");
        group.MapPost("/{id:long}/refresh", (long id, ReportVersionRequest request, PeriodicReportWork work, CancellationToken ct) => work.RefreshAsync(id, request, ct))
            .RequireAuthorization(MeetingPolicies.Writer).WithSummary("按当前数据重新统计（仅草稿）");
        group.MapPost("/{id:long}/issue", (long id, ReportVersionRequest request, PeriodicReportWork work, CancellationToken ct) => work.IssueAsync(id, request, ct))
            .RequireAuthorization(MeetingPolicies.Writer).WithSummary("印发：编号（综治报〔年〕N号）并归档，此后只读");
        group.MapGet("/{id:long}/excel", ExcelAsync).RequireAuthorization(MeetingPolicies.Reader)
            .WithSummary("报告导出为 Excel（正文和各统计表；导出记入审计）").Produces(StatusCodes.Status200OK, contentType: ExcelType);
        return app;
    }

    public static async Task<IResult> ListAsync(ZongzhiDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.PeriodicReports.AsNoTracking().OrderByDescending(r => r.FirstDay).ThenByDescending(r => r.Id).Take(100)
            .Select(r => new { r.Id, r.Kind, r.Period, r.ScopeName, r.Audience, r.Title, r.Status, r.IssueNumber, r.IssuedAt }).ToListAsync(cancellationToken));

    public static async Task<IResult> GetAsync(long id, ZongzhiDb db, CancellationToken cancellationToken)
    {
        var report = await db.PeriodicReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return report is null ? Problems.From(new NotFoundError("未找到该报告"))
            : TypedResults.Ok(PeriodicReportView.From(report, await db.PeriodicReports.Where(r => r.Id == id)
                .Select(r => EF.Property<int>(r, ZongzhiDb.VersionProperty)).FirstAsync(cancellationToken)));
    }

    public static async Task<IResult> ExcelAsync(long id, ZongzhiDb db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var report = await db.PeriodicReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return Problems.From(new NotFoundError("未找到该报告"));
        }

        var figures = PeriodicReportView.FiguresOf(report);
        var text = new PackTables.Table("报告", ["项目", "内容"],
        [
            ["期号", report.IssueNumber ?? "（草稿，未印发）"],
            ["标题", report.Title],
            ["统计期间", $"{figures.PeriodTitle}（{MatterLabels.Day(report.FirstDay)}至{MatterLabels.Day(report.LastDay)}）"],
            ["范围", report.ScopeName],
            ["报送对象", MeetingLabels.Of(report.Audience)],
            ["状态", MeetingLabels.Of(report.Status)],
            .. report.Body.Split('\n').Select((line, i) => (IReadOnlyList<object>)[i == 0 ? "正文" : "", line.TrimEnd('\r')]),
        ]);
        audit.Record("PeriodicReport", report.Id, "reports.export", new { report.IssueNumber });
        await db.SaveChangesAsync(cancellationToken);
        var bytes = await PackWorkbook.WriteAsync([text, .. PackTables.From(figures)], cancellationToken);
        return TypedResults.File(bytes, ExcelType, $"定期书面报告-{report.Period}-{report.Id}.xlsx");
    }
}
