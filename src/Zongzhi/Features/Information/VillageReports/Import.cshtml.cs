using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Platform;

namespace Zongzhi.Features.Information.VillageReports;

/// <summary>
/// 月报导入: uploads the Excel template (MiniExcel) through <see cref="ImportVillageReports"/> — every row checked, each
/// error shown in Chinese with its row number, and nothing saved unless the whole file is right.
/// </summary>
[Authorize(Policy = InformationPolicies.VillageReporter)]
[RequestSizeLimit(ImportVillageReports.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportVillageReports.MaxBytes + 64 * 1024)]
public sealed class ImportModel(ZongzhiDb db, ImportVillageReports import, CurrentUser current, TownClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }

    [BindProperty] public IFormFile? Upload { get; set; }

    [BindProperty] public bool Submit { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<VillageReport> Imported { get; private set; } = [];

    public IReadOnlyDictionary<long, string> VillageNames { get; private set; } = new Dictionary<long, string>();

    public void OnGet() => Month = (ReportMonth.Parse(Month) ?? ReportMonth.Of(clock.Today()).Previous).ToString();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        OnGet();
        if (Upload is not { Length: > 0 } file)
        {
            ModelState.AddModelError(nameof(Upload), "请选择要导入的 Excel 文件（.xlsx）");
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var outcome = await import.RunAsync(await current.RequireAsync(cancellationToken), stream, file.Length, Submit, cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            Errors = outcome.Errors;
            ModelState.AddModelError(nameof(Upload), $"文件有 {outcome.Errors.Count} 处错误，未导入任何月报，请改正后重新导入");
            return Page();
        }

        Imported = outcome.Reports;
        var ids = Imported.Select(r => r.VillageId).ToList();
        VillageNames = db.Villages.Where(v => ids.Contains(v.Id)).ToDictionary(v => v.Id, v => v.Name);
        TempData["Message"] = $"已导入 {Imported.Count} 份月报" + (Submit ? "并上报" : "（草稿）");
        var months = Imported.Select(r => r.Month).Distinct().ToList();
        return Redirect($"/Information/VillageReports?month={(months.Count == 1 ? months[0] : ReportMonth.Parse(Month)!.Value)}");
    }
}
