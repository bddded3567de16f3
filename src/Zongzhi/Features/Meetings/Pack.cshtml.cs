using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Meetings;
using Zongzhi.Platform;

namespace Zongzhi.Features.Meetings;

/// <summary>综治例会材料: a month's figures, comparisons, hotspots and charts, printable on A4; Excel at /Meetings/Pack/Excel.</summary>
[Authorize(Policy = MeetingPolicies.Reader)]
public sealed class PackModel(PeriodStatistics statistics, ExportMeetingPack export, TownClock clock, IConfiguration configuration) : PageModel
{
    public ReportMonth Month { get; private set; }

    public PeriodFigures Figures { get; private set; } = null!;

    public IReadOnlyList<PackTables.Table> Tables { get; private set; } = [];

    public string TownName => configuration["Zongzhi:TownName"] ?? "";

    public string? MonthError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? month, CancellationToken cancellationToken)
    {
        Month = ResolveMonth(month);
        Figures = await statistics.RunAsync(ReportPeriod.Of(Month), PeriodStatistics.Scope.Town, cancellationToken);
        Tables = PackTables.From(Figures);
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(string? month, CancellationToken cancellationToken)
    {
        var parsed = ReportMonth.Parse(month);
        if (parsed is null)
        {
            return BadRequest();
        }

        var bytes = await export.RunAsync(parsed.Value, cancellationToken);
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ExportMeetingPack.FileName(parsed.Value));
    }

    // The meeting reviews the month before by default (信息收集通报制度（二）5: 分析通报上一阶段情况).
    private ReportMonth ResolveMonth(string? month)
    {
        if (string.IsNullOrEmpty(month))
        {
            return ReportMonth.Of(clock.Today()).Previous;
        }

        if (ReportMonth.Parse(month) is { } parsed)
        {
            return parsed;
        }

        MonthError = "月份格式应为 yyyy-MM，例如 2026-10；已显示上月。";
        return ReportMonth.Of(clock.Today()).Previous;
    }
}
