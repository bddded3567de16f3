using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Information;

/// <summary><c>/api/village-reports</c>: village monthly reports (村(社区)月报) — form, Excel template, import, export, missing and reminders.</summary>
public static class VillageReportsApi
{
    public static IEndpointRouteBuilder MapVillageReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/village-reports").WithTags("VillageReports");
        group.MapPost("/", CreateAsync).RequireAuthorization(InformationPolicies.VillageReporter).WithSummary("填报月报（每村每月一份，草稿可改）");
        group.MapPut("/{id:long}", ChangeAsync).RequireAuthorization(InformationPolicies.VillageReporter).WithSummary("修改月报草稿（须带 version）");
        group.MapPost("/{id:long}/submit", SubmitAsync).RequireAuthorization(InformationPolicies.VillageReporter).WithSummary("上报月报");
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(Policies.Staff).WithSummary("月报详情");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff).WithSummary("某月的月报");
        group.MapGet("/template.xlsx", TemplateAsync).RequireAuthorization(InformationPolicies.VillageReporter).WithSummary("下载月报 Excel 模板");
        // The session cookie is SameSite=Strict, so a cross-site form cannot post here; the API takes no antiforgery token.
        group.MapPost("/import", ImportAsync).RequireAuthorization(InformationPolicies.VillageReporter).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ImportVillageReports.MaxBytes + 64 * 1024))
            .WithFormOptions(multipartBodyLengthLimit: ImportVillageReports.MaxBytes + 64 * 1024)
            .WithSummary("导入月报 Excel（≤2 MB、≤1000 行；逐行校验，有错则全部不保存）");
        group.MapGet("/export.xlsx", ExportAsync).RequireAuthorization(Policies.Director).WithSummary("导出某月月报 Excel");
        group.MapGet("/missing", MissingAsync).RequireAuthorization(Policies.Director).WithSummary("过上报截止日仍未上报的村(社区)");
        group.MapPost("/remind", RemindAsync).RequireAuthorization(Policies.Director).WithSummary("催报：通知未上报村(社区)的信息员（每村每月一次）");
        return app;
    }

    public static async Task<IResult> CreateAsync(VillageReportRequest request, FileVillageReport file, CurrentUser current, CancellationToken cancellationToken) =>
        await file.CreateAsync(await current.RequireAsync(cancellationToken), request, cancellationToken);

    public static async Task<IResult> ChangeAsync(long id, VillageReportRequest request, FileVillageReport file, CurrentUser current, CancellationToken cancellationToken) =>
        await file.ChangeAsync(await current.RequireAsync(cancellationToken), id, request, cancellationToken);

    public static async Task<IResult> SubmitAsync(long id, SubmitVillageReportRequest request, FileVillageReport file, CurrentUser current, CancellationToken cancellationToken) =>
        await file.SubmitAsync(await current.RequireAsync(cancellationToken), id, request.Version, cancellationToken);

    public static async Task<IResult> GetAsync(long id, VillageReportAccess access, CurrentUser current, ZongzhiDb db, CancellationToken cancellationToken)
    {
        var report = await access.Visible(await current.RequireAsync(cancellationToken)).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return report is null ? Problems.From(new NotFoundError("未找到该月报")) : TypedResults.Ok(VillageReportView.From(report, db.VersionOf(report)));
    }

    public static async Task<IResult> ListAsync(string? month, VillageReportAccess access, CurrentUser current, ZongzhiDb db, CancellationToken cancellationToken)
    {
        if (ReportMonth.Parse(month) is not { } parsed)
        {
            return Problems.Validation("month", "报告月份格式应为 yyyy-MM，例如 2026-10");
        }

        var reports = await access.Visible(await current.RequireAsync(cancellationToken)).Where(r => r.Month == parsed).OrderBy(r => r.VillageId).ToListAsync(cancellationToken);
        return TypedResults.Ok(reports.Select(r => VillageReportView.From(r, db.VersionOf(r))).ToList());
    }

    public static async Task<IResult> TemplateAsync(string? month, CurrentUser current, ZongzhiDb db, TownClock clock, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var reportMonth = ReportMonth.Parse(month) ?? ReportMonth.Of(clock.Today()).Previous;
        var village = user.VillageId is { } villageId ? await db.Villages.Where(v => v.Id == villageId).Select(v => v.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var categories = await db.DisputeCategories.Where(c => c.IsActive).OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync(cancellationToken);
        return TypedResults.File(VillageReportTemplate.Blank(village, reportMonth, categories), VillageReportTemplate.ContentType, $"village-report-{reportMonth}.xlsx");
    }

    public static async Task<IResult> ImportAsync(HttpRequest http, bool? submit, ImportVillageReports import, CurrentUser current, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        if (http.ContentLength > ImportVillageReports.MaxBytes + (64 * 1024))
        {
            return Problems.Validation("file", $"文件不能超过 {ImportVillageReports.MaxBytes / 1024 / 1024} MB");
        }

        if (!http.HasFormContentType)
        {
            return Problems.Validation("file", "请上传 Excel 文件（multipart/form-data，字段名 file）");
        }

        IFormCollection form;
        try
        {
            form = await http.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return Problems.Validation("file", $"文件不能超过 {ImportVillageReports.MaxBytes / 1024 / 1024} MB");
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return Problems.Validation("file", "请上传 Excel 文件（字段名 file）");
        }

        await using var stream = file.OpenReadStream();
        var outcome = await import.RunAsync(user, stream, file.Length, submit ?? false, cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["file"] = outcome.Errors.ToArray() });
        }

        var db = http.HttpContext.RequestServices.GetRequiredService<ZongzhiDb>();
        return TypedResults.Ok(outcome.Reports.Select(r => VillageReportView.From(r, db.VersionOf(r))).ToList());
    }

    public static async Task<IResult> ExportAsync(string? month, ZongzhiDb db, AuditTrail audit, CancellationToken cancellationToken)
    {
        if (ReportMonth.Parse(month) is not { } parsed)
        {
            return Problems.Validation("month", "报告月份格式应为 yyyy-MM，例如 2026-10");
        }

        var reports = await db.VillageReports.Where(r => r.Month == parsed).OrderBy(r => r.VillageId).ToListAsync(cancellationToken);
        var villages = await db.Villages.ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        var categories = await db.DisputeCategories.ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        audit.Record("VillageReport", null, "villageReport.export", new { month = parsed.ToString(), reports = reports.Count });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.File(VillageReportTemplate.Export(reports, villages, categories), VillageReportTemplate.ContentType, $"village-reports-{parsed}.xlsx");
    }

    public static async Task<IResult> MissingAsync(string? month, MissingVillageReports missing, CancellationToken cancellationToken) =>
        ReportMonth.Parse(month) is { } parsed
            ? TypedResults.Ok(await missing.ListAsync(parsed, cancellationToken))
            : Problems.Validation("month", "报告月份格式应为 yyyy-MM，例如 2026-10");

    public static async Task<IResult> RemindAsync(string? month, MissingVillageReports missing, CurrentUser current, CancellationToken cancellationToken)
    {
        if (ReportMonth.Parse(month) is not { } parsed)
        {
            return Problems.Validation("month", "报告月份格式应为 yyyy-MM，例如 2026-10");
        }

        var reminded = await missing.RemindAsync(await current.RequireAsync(cancellationToken), parsed, cancellationToken);
        return reminded is null
            ? Problems.From(new ConflictError($"{parsed} 的月报尚未过上报截止日，不能催报"))
            : TypedResults.Ok(reminded);
    }
}
