using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Meetings;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Meetings;

/// <summary>
/// 定期书面报告: generate a draft from the pack's statistics (<see cref="PeriodStatistics"/>), edit its text, refresh its
/// figures, issue it under a number drawn from the database (综治报〔年〕N号, unique), after which it is archived and
/// read-only. Every change is audited in the same save; a save on a stale read answers 409.
/// </summary>
public sealed class PeriodicReportWork(ZongzhiDb db, PeriodStatistics statistics, NumberSequences numbers, CurrentUser current, AuditTrail audit, TownClock clock)
{
    public async Task<IResult> GenerateAsync(GenerateReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await current.RequireAsync(cancellationToken);
        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return Problems.Validation("kind", "请选择报告类型（周报、月报、季报）");
        }

        if (ReportPeriod.Parse(request.Period?.Trim()) is not { } period || period.Kind != kind)
        {
            return Problems.Validation("period", "统计期间应与报告类型一致，格式如 2026-W44（周）、2026-10（月）、2026-Q4（季）");
        }

        if (request.VillageId is { } village && !await db.Villages.AnyAsync(v => v.Id == village, cancellationToken))
        {
            return Problems.Validation("villageId", "村(社区)不存在");
        }

        if (request.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department, cancellationToken))
        {
            return Problems.Validation("departmentId", "部门不存在");
        }

        if (request.VillageId is not null && request.DepartmentId is not null)
        {
            return Problems.Validation("scope", "范围只能选择全镇、一个村(社区)或一个部门");
        }

        var figures = await statistics.RunAsync(period, new PeriodStatistics.Scope(request.VillageId, request.DepartmentId), cancellationToken);
        var audience = request.Audience ?? ReportAudience.CenterLeaders;
        var title = string.IsNullOrWhiteSpace(request.Title) ? $"{figures.Scope}{figures.PeriodTitle}矛盾纠纷排查调处和信息工作情况{MeetingLabels.Of(kind)}" : request.Title;
        var body = string.IsNullOrWhiteSpace(request.Body) ? DraftText(figures) : request.Body;
        var generated = PeriodicReport.Generate(period, request.VillageId, request.DepartmentId, figures.Scope, audience, title, body,
            JsonSerializer.Serialize(figures, PeriodicReportView.Json), user.Id, clock.UtcNow());
        if (!generated.IsSuccess)
        {
            return Problems.From(generated.Error!);
        }

        var report = generated.Value!;
        db.PeriodicReports.Add(report);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("PeriodicReport", report.Id, "reports.generate", new { kind = kind.ToString(), period = report.Period, report.VillageId, report.DepartmentId, audience = audience.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/meetings/reports/{report.Id}", PeriodicReportView.From(report, db.VersionOf(report)));
    }

    public Task<IResult> EditAsync(long id, EditReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OnReportAsync(id, request.Version, "reports.edit", r => Task.FromResult(r.Edit(request.Title, request.Body, clock.UtcNow())),
            r => new { titleLength = r.Title.Length, bodyLength = r.Body.Length }, cancellationToken);
    }

    public Task<IResult> RefreshAsync(long id, ReportVersionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OnReportAsync(id, request.Version, "reports.refresh", async r =>
        {
            if (r.CheckDraft() is { } issued)
            {
                return issued;
            }

            var period = ReportPeriod.Parse(r.Period)!.Value;
            var figures = await statistics.RunAsync(period, new PeriodStatistics.Scope(r.VillageId, r.DepartmentId), cancellationToken);
            return r.Refresh(JsonSerializer.Serialize(figures, PeriodicReportView.Json), clock.UtcNow());
        }, r => new { figuresAt = r.FiguresAt }, cancellationToken);
    }

    public async Task<IResult> IssueAsync(long id, ReportVersionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var year = clock.Today().Year;
        var sequence = "periodic-report-" + year.ToString(CultureInfo.InvariantCulture);
        await numbers.EnsureAsync(sequence, cancellationToken);
        return await OnReportAsync(id, request.Version, "reports.issue", async r =>
        {
            if (r.CheckDraft() is { } issued)
            {
                return issued;
            }

            var user = await current.RequireAsync(cancellationToken);
            return r.Issue(PeriodicReport.FormatIssueNumber(year, await numbers.NextAsync(sequence, cancellationToken)), user.Id, clock.UtcNow());
        }, r => new { r.IssueNumber }, cancellationToken, inTransaction: true);
    }

    private async Task<IResult> OnReportAsync(long id, int? version, string action, Func<PeriodicReport, Task<Result>> work, Func<PeriodicReport, object?> details,
        CancellationToken cancellationToken, bool inTransaction = false)
    {
        var report = await db.PeriodicReports.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return Problems.From(new NotFoundError("未找到该报告"));
        }

        if (version is { } expected)
        {
            db.Entry(report).Property<int>(ZongzhiDb.VersionProperty).OriginalValue = expected;
        }

        await using var transaction = inTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var result = await work(report);
        if (!result.IsSuccess)
        {
            return Problems.From(result.Error!);
        }

        db.Entry(report).State = EntityState.Modified;
        try
        {
            audit.Record("PeriodicReport", report.Id, action, details(report));
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Stale();
        }

        return TypedResults.Ok(PeriodicReportView.From(report, db.VersionOf(report)));
    }

    /// <summary>The generated first draft: the period's main figures in sentences, for the author to edit.</summary>
    public static string DraftText(PeriodFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var lines = new List<string>
        {
            $"一、基本情况。{f.PeriodTitle}，{f.Scope}共收到矛盾纠纷和信访事项 {f.Totals.Received} 件（上期 {f.PreviousPeriod.Received} 件，环比{MeetingLabels.Change(f.Totals.Received, f.PreviousPeriod.Received)}；去年同期 {f.SamePeriodLastYear.Received} 件），受理 {f.Totals.Accepted} 件，办结 {f.Totals.Closed} 件。",
            $"二、办理质效。按原定期限按期办结 {f.Deadlines.MetOnTime} 件、逾期办结 {f.Deadlines.MetLate} 件，按期办结率 {MeetingLabels.Rate(f.Deadlines.OnTimeRate)}；期末在办 {f.Deadlines.OpenAtEnd} 件，其中超期 {f.Deadlines.OverdueAtEnd} 件。回访 {f.Callbacks} 次，满意率 {MeetingLabels.Rate(f.SatisfactionRate)}；群众评价 {f.Ratings} 次，满意率 {MeetingLabels.Rate(f.RatingSatisfactionRate)}。重新办理 {f.Rehandlings} 件，领导包案 {f.LeaderCasesAssigned} 件。",
            $"三、信息收集。收集信息 {f.Totals.InformationItems} 条，其中重大突发事件/越级上访 {f.Totals.Emergencies} 起。"
                + (f.VillageReportsReceived is { } received ? $"村(社区)月报已报送 {received} 份，未报送 {f.VillageReportsMissing ?? 0} 份。" : ""),
        };
        if (f.RisingCategories.Count > 0 || f.RisingVillages.Count > 0)
        {
            lines.Add("四、需关注的热点。" + string.Join("；", f.RisingCategories.Select(h => $"{h.Name}类纠纷增加 {h.Rise} 件")
                .Concat(f.RisingVillages.Select(h => $"{h.Name}增加 {h.Rise} 件"))) + "。");
        }

        lines.Add("五、下一步工作。（请填写）");
        return string.Join("\n", lines);
    }
}
