using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform;

namespace Zongzhi.Features.Information.VillageReports;

/// <summary>
/// 村(社区)月报 for a month: the center sees every village's report and, after the due day, the villages that have not
/// reported, and reminds them (催报, once per village and month); a village reporter sees their own village's report.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ZongzhiDb db, VillageReportAccess access, MissingVillageReports missing, CurrentUser current, TownClock clock,
    IAuthorizationService authorization) : PageModel
{
    public sealed record Row(long VillageId, string Village, VillageReport? Report);

    [BindProperty(SupportsGet = true)] public string? Month { get; set; }

    public ReportMonth ReportMonth { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public MissingVillageReports.Listing? Missing { get; private set; }

    public bool IsDirector { get; private set; }

    public bool MayFile { get; private set; }

    public TownClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemindAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Director)).Succeeded)
        {
            ModelState.AddModelError("", "只有综治中心主任可以催报");
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (Domain.Information.ReportMonth.Parse(Month) is not { } month)
        {
            ModelState.AddModelError(nameof(Month), "报告月份格式应为 yyyy-MM，例如 2026-10");
            await LoadAsync(cancellationToken);
            return Page();
        }

        var reminded = await missing.RemindAsync(await current.RequireAsync(cancellationToken), month, cancellationToken);
        if (reminded is null)
        {
            ModelState.AddModelError("", $"{month} 的月报尚未过上报截止日，不能催报");
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = reminded.VillagesReminded == 0
            ? "未上报的村(社区)均已催报过，本次未重复通知"
            : $"已催报 {reminded.VillagesReminded} 个村(社区)，发出 {reminded.Notifications} 条通知";
        return RedirectToPage(new { month = month.ToString() });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        IsDirector = user.IsIn(Roles.CenterDirector);
        MayFile = user.IsIn(Roles.CenterDirector, Roles.VillageReporter);
        var parsed = Domain.Information.ReportMonth.Parse(Month);
        if (Month is { Length: > 0 } && parsed is null)
        {
            ModelState.AddModelError(nameof(Month), "报告月份格式应为 yyyy-MM，例如 2026-10");
        }

        ReportMonth = parsed ?? Domain.Information.ReportMonth.Of(clock.Today()).Previous;
        Month = ReportMonth.ToString();
        var month = ReportMonth;
        var reports = await access.Visible(user).AsNoTracking().Where(r => r.Month == month).ToListAsync(cancellationToken);
        var villages = db.Villages.AsNoTracking().Where(v => v.IsActive);
        if (!user.IsIn(InformationAccess.TownWideReaders))
        {
            var own = user.IsIn(Roles.VillageReporter) ? user.VillageId : null;
            villages = villages.Where(v => v.Id == own);
        }

        Rows = (await villages.OrderBy(v => v.SortOrder).ThenBy(v => v.Id).Select(v => new { v.Id, v.Name }).ToListAsync(cancellationToken))
            .Select(v => new Row(v.Id, v.Name, reports.FirstOrDefault(r => r.VillageId == v.Id))).ToList();
        if (user.IsIn(InformationAccess.TownWideReaders))
        {
            Missing = await missing.ListAsync(month, cancellationToken);
        }
    }
}
