using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Information;

/// <summary>
/// 填报村(社区)月报: creates a village's report for a month (one per village and month), changes a draft with the
/// version the client saw (a stale save answers 409 已被他人修改), and submits it (上报).
/// </summary>
public sealed class FileVillageReport(ZongzhiDb db, VillageReportAccess access, AuditTrail audit, TownClock clock)
{
    public async Task<IResult> CreateAsync(CurrentUser.Snapshot user, VillageReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var villageId = request.VillageId ?? user.VillageId;
        if (villageId is null)
        {
            return Problems.Validation("villageId", "请选择村(社区)");
        }

        if (ReportMonth.Parse(request.Month) is not { } month)
        {
            return Problems.Validation("month", "报告月份格式应为 yyyy-MM，例如 2026-10");
        }

        if (!VillageReportAccess.MayFileFor(user, villageId.Value))
        {
            return Problems.From(new ForbiddenError("只能填报本村(社区)的月报"));
        }

        if (!await db.Villages.AnyAsync(v => v.Id == villageId && v.IsActive, cancellationToken))
        {
            return Problems.Validation("villageId", "村(社区)不存在");
        }

        if (await db.VillageReports.AnyAsync(r => r.VillageId == villageId && r.Month == month, cancellationToken))
        {
            return Problems.From(new ConflictError($"该村(社区) {month} 的月报已存在，请修改原月报"));
        }

        var started = VillageReport.Start(villageId.Value, month, Lines(request), request.NotableCases, request.InstabilityFactors,
            await CategoriesAsync(cancellationToken), user.Id, clock.UtcNow(), clock.Today());
        if (!started.IsSuccess)
        {
            return Problems.From(started.Error!);
        }

        var report = started.Value!;
        db.VillageReports.Add(report);
        try
        {
            // The audit entry names the new id, so the report is inserted first inside the same transaction.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("VillageReport", report.Id, "villageReport.create", new { report.VillageId, month = month.ToString() });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Problems.From(new ConflictError($"该村(社区) {month} 的月报已存在，请修改原月报"));
        }

        return TypedResults.Created($"/api/village-reports/{report.Id}", VillageReportView.From(report, db.VersionOf(report)));
    }

    public Task<IResult> ChangeAsync(CurrentUser.Snapshot user, long id, VillageReportRequest request, CancellationToken cancellationToken) =>
        ActAsync(user, id, request.Version, "villageReport.change", async report =>
            report.Change(Lines(request), request.NotableCases, request.InstabilityFactors, await CategoriesAsync(cancellationToken), clock.UtcNow()),
            cancellationToken);

    public Task<IResult> SubmitAsync(CurrentUser.Snapshot user, long id, int? version, CancellationToken cancellationToken) =>
        ActAsync(user, id, version, "villageReport.submit", report => Task.FromResult(report.Submit(clock.UtcNow())), cancellationToken);

    public Task<List<string>> CategoriesAsync(CancellationToken cancellationToken) =>
        db.DisputeCategories.Where(c => c.IsActive).Select(c => c.Code).ToListAsync(cancellationToken);

    private async Task<IResult> ActAsync(CurrentUser.Snapshot user, long id, int? version, string action, Func<VillageReport, Task<Result>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (version is null)
        {
            return Problems.Validation("version", "请提供版本号（version）");
        }

        var report = await access.Visible(user).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return Problems.From(new NotFoundError("未找到该月报"));
        }

        if (!VillageReportAccess.MayFileFor(user, report.VillageId))
        {
            return Problems.From(new ForbiddenError("只能填报本村(社区)的月报"));
        }

        db.Entry(report).Property<int>(ZongzhiDb.VersionProperty).OriginalValue = version.Value;
        var result = await work(report);
        if (!result.IsSuccess)
        {
            return Problems.From(result.Error!);
        }

        db.Entry(report).State = EntityState.Modified;
        audit.Record("VillageReport", report.Id, action, new { report.VillageId, month = report.Month.ToString() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Stale();
        }

        return TypedResults.Ok(VillageReportView.From(report, db.VersionOf(report)));
    }

    private static List<VillageReportLine> Lines(VillageReportRequest request) =>
        (request.Lines ?? []).Select(l => new VillageReportLine(l.Category ?? "", l.Mediated ?? 0, l.Resolved ?? 0, l.Unresolved ?? 0)).ToList();
}
