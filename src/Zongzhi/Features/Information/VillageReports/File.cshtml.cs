using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Information.VillageReports;

/// <summary>
/// 填报月报: the reporter's form — one row per dispute category (调解数、调解成功数、未调结数), the notable cases and the
/// instability factors; saved as a draft (with the version seen, so a stale save is refused) or saved and submitted.
/// A village reporter files only for their village; another village's report answers 404.
/// </summary>
[Authorize(Policy = InformationPolicies.VillageReporter)]
public sealed partial class FileModel(ZongzhiDb db, FileVillageReport file, VillageReportAccess access, CurrentUser current, TownClock clock) : PageModel
{
    public sealed class LineInput
    {
        public string Category { get; set; } = "";

        public string? Name { get; set; }

        public int? Mediated { get; set; }

        public int? Resolved { get; set; }

        public int? Unresolved { get; set; }
    }

    public sealed class ReportInput
    {
        public int? Version { get; set; }

        public List<LineInput> Lines { get; set; } = [];

        public string? NotableCases { get; set; }

        public string? InstabilityFactors { get; set; }
    }

    [BindProperty(SupportsGet = true)] public string? Month { get; set; }

    [BindProperty(SupportsGet = true)] public long? VillageId { get; set; }

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    public VillageReport? Report { get; private set; }

    public string VillageName { get; private set; } = "";

    public IReadOnlyList<(long Id, string Name)> Villages { get; private set; } = [];

    public bool IsStale { get; private set; }

    public TownClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = new ReportInput
        {
            Version = Report is null ? null : db.VersionOf(Report),
            NotableCases = Report?.NotableCases,
            InstabilityFactors = Report?.InstabilityFactors,
            Lines = await LinesAsync(cancellationToken),
        };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => SaveAsync(false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) => SaveAsync(true, cancellationToken);

    private async Task<IActionResult> SaveAsync(bool submit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var names = await CategoryNamesAsync(cancellationToken);
        foreach (var line in Input.Lines)
        {
            line.Name = names.GetValueOrDefault(line.Category, line.Category);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await current.RequireAsync(cancellationToken);
        var request = new VillageReportRequest(VillageId, Month,
            Input.Lines.Select(l => new VillageReportLineRequest(l.Category, l.Mediated, l.Resolved, l.Unresolved)).ToList(),
            Input.NotableCases?.Trim(), Input.InstabilityFactors?.Trim(), Input.Version);
        var saved = Report is null ? await file.CreateAsync(user, request, cancellationToken) : await file.ChangeAsync(user, Report.Id, request, cancellationToken);
        var outcome = ActionOutcome.From(saved);
        if (outcome.Succeeded && submit)
        {
            var id = saved is Microsoft.AspNetCore.Http.HttpResults.Created<VillageReportView> created ? created.Value!.Id
                : ((Microsoft.AspNetCore.Http.HttpResults.Ok<VillageReportView>)saved).Value!.Id;
            var version = saved is Microsoft.AspNetCore.Http.HttpResults.Created<VillageReportView> c ? c.Value!.Version
                : ((Microsoft.AspNetCore.Http.HttpResults.Ok<VillageReportView>)saved).Value!.Version;
            outcome = ActionOutcome.From(await file.SubmitAsync(user, id, version, cancellationToken));
        }

        if (outcome.Succeeded)
        {
            TempData["Message"] = submit ? $"{VillageName} {Month} 月报已上报" : $"{VillageName} {Month} 月报草稿已保存";
            return Redirect($"/Information/VillageReports?month={Month}");
        }

        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        IsStale = outcome.IsStale;
        if (outcome.FieldErrors.Count == 0)
        {
            ModelState.AddModelError("", outcome.IsStale ? "已被他人修改，请刷新" : outcome.Message ?? "保存未完成");
        }

        foreach (var (field, messages) in outcome.FieldErrors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(KeyOf(field), message);
            }
        }

        return Page();
    }

    /// <summary>lines[2].mediated → Input.Lines[2].Mediated; notableCases → Input.NotableCases; others to the summary.</summary>
    public static string KeyOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (LineField().Match(field) is { Success: true } m)
        {
            return $"Input.Lines[{m.Groups[1].Value}].{char.ToUpperInvariant(m.Groups[2].Value[0])}{m.Groups[2].Value[1..]}";
        }

        return field switch
        {
            "notableCases" => "Input.NotableCases",
            "instabilityFactors" => "Input.InstabilityFactors",
            "month" => nameof(Month),
            "villageId" => nameof(VillageId),
            _ => "",
        };
    }

    // Resolves the village (a reporter's own; the director's choice) and the month, and loads the report if it exists.
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var month = ReportMonth.Parse(Month) ?? ReportMonth.Of(clock.Today()).Previous;
        Month = month.ToString();
        if (user.IsIn(Roles.CenterDirector))
        {
            Villages = (await db.Villages.AsNoTracking().Where(v => v.IsActive).OrderBy(v => v.SortOrder).ThenBy(v => v.Id)
                .Select(v => new { v.Id, v.Name }).ToListAsync(cancellationToken)).Select(v => (v.Id, v.Name)).ToList();
            VillageId ??= Villages.Count > 0 ? Villages[0].Id : null;
        }
        else
        {
            if (VillageId is { } asked && asked != user.VillageId)
            {
                return NotFound();
            }

            VillageId = user.VillageId;
        }

        if (VillageId is not { } villageId || !VillageReportAccess.MayFileFor(user, villageId))
        {
            return NotFound();
        }

        VillageName = await db.Villages.Where(v => v.Id == villageId).Select(v => v.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        Report = await access.Visible(user).FirstOrDefaultAsync(r => r.VillageId == villageId && r.Month == month, cancellationToken);
        return null;
    }

    private async Task<List<LineInput>> LinesAsync(CancellationToken cancellationToken)
    {
        var categories = await db.DisputeCategories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.Code, c.Name }).ToListAsync(cancellationToken);
        var lines = categories.Select(c =>
        {
            var line = Report?.Lines.FirstOrDefault(l => l.Category == c.Code);
            return new LineInput { Category = c.Code, Name = c.Name, Mediated = line?.Mediated ?? 0, Resolved = line?.Resolved ?? 0, Unresolved = line?.Unresolved ?? 0 };
        }).ToList();

        // A category deactivated since the report was filed keeps its row.
        lines.AddRange((Report?.Lines ?? []).Where(l => categories.All(c => c.Code != l.Category))
            .Select(l => new LineInput { Category = l.Category, Name = l.Category, Mediated = l.Mediated, Resolved = l.Resolved, Unresolved = l.Unresolved }));
        return lines;
    }

    private Task<Dictionary<string, string>> CategoryNamesAsync(CancellationToken cancellationToken) =>
        db.DisputeCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);

    public string Count(int? value) => (value ?? 0).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^lines\[(\d+)\]\.(\w+)$")]
    private static partial Regex LineField();
}
