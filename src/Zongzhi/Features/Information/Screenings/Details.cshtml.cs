using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Matters;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Information.Screenings;

/// <summary>
/// 排查详情: the campaign, its findings, a finding form for the villages and departments in scope, the director's
/// analysis (特点、成因、意见建议), and each finding turned into an information item or, through one, a matter.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(ZongzhiDb db, ScreeningWork work, FileVillageReport reports, RegisterInformation register, RegisterMatter registerMatter,
    CurrentUser current, AuditTrail audit, TownClock clock, IAuthorizationService authorization) : PageModel
{
    public sealed class ScreeningForm
    {
        public int? Version { get; set; }

        public string? Category { get; set; }

        public string? Description { get; set; }

        public int? PeopleInvolved { get; set; }

        public InformationSeverity? Severity { get; set; }

        public string? Characteristics { get; set; }

        public string? Causes { get; set; }

        public string? Recommendations { get; set; }

        public long? FindingId { get; set; }

        public string? PartyName { get; set; }

        public string? PartyPhone { get; set; }
    }

    private static readonly string[] Fields = ["Category", "Description", "PeopleInvolved", "Severity", "Characteristics", "Causes", "Recommendations"];

    [BindProperty]
    public ScreeningForm Form { get; set; } = new();

    public ScreeningCampaign Campaign { get; private set; } = null!;

    public CurrentUser.Snapshot Me { get; private set; } = null!;

    public bool IsStale { get; private set; }

    public IReadOnlyDictionary<long, string> VillageNames { get; private set; } = new Dictionary<long, string>();

    public IReadOnlyDictionary<long, string> DepartmentNames { get; private set; } = new Dictionary<long, string>();

    public IReadOnlyDictionary<string, string> Categories { get; private set; } = new Dictionary<string, string>();

    public bool IsDirector => Me.IsIn(Roles.CenterDirector);

    /// <summary>A village reporter or department staff whose village or department is in the campaign, while it is open.</summary>
    public bool MayFile => Campaign.Status == ScreeningCampaignStatus.Open
        && ((Me.IsIn(Roles.VillageReporter) && Me.VillageId is { } v && Campaign.VillageIds.Contains(v))
            || (Me.IsDepartmentStaff && Me.DepartmentId is { } d && Campaign.DepartmentIds.Contains(d)));

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Form.Severity = InformationSeverity.Ordinary;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostFileAsync(long id, CancellationToken ct) =>
        RunAsync(id, InformationPolicies.ScreeningReporter, "排查发现已上报", () => ScreeningsApi.FileAsync(id,
            new FileFindingRequest(Form.Category, Form.Description?.Trim(), Form.PeopleInvolved, Form.Severity), work, reports, ct), ct);

    public Task<IActionResult> OnPostAnalyseAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Director, "排查分析已保存", () => ScreeningsApi.AnalyseAsync(id,
            new AnalyseScreeningRequest(Form.Characteristics?.Trim(), Form.Causes?.Trim(), Form.Recommendations?.Trim(), Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostToInformationAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Director, "排查发现已转为信息", () => ScreeningsApi.ToInformationAsync(id, Form.FindingId ?? 0, work, register, current, db, clock, audit, ct), ct);

    public Task<IActionResult> OnPostToMatterAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Director, "排查发现已登记为事项", () => ScreeningsApi.ToMatterAsync(id, Form.FindingId ?? 0,
            new FindingToMatterRequest([new PartyRequest(PartyRole.Complainant, Form.PartyName?.Trim(), Form.PartyPhone?.Trim(), null, null, null, null)]),
            work, register, registerMatter, current, db, clock, audit, ct), ct);

    private async Task<IActionResult> RunAsync(long id, string policy, string done, Func<Task<IResult>> action, CancellationToken cancellationToken)
    {
        var allowed = (await authorization.AuthorizeAsync(User, policy)).Succeeded;
        var outcome = allowed
            ? ActionOutcome.From(await action())
            : new ActionOutcome(false, false, false, "无权执行此操作", new Dictionary<string, string[]>());
        if (outcome.Succeeded)
        {
            TempData["Message"] = done;
            return RedirectToPage(new { id });
        }

        if (outcome.IsNotFound && Form.FindingId is null)
        {
            return NotFound();
        }

        IsStale = outcome.IsStale;
        if (outcome.FieldErrors.Count == 0)
        {
            ModelState.AddModelError("", outcome.IsStale ? "已被他人修改，请刷新" : outcome.Message ?? "操作未完成");
        }

        foreach (var (field, messages) in outcome.FieldErrors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(KeyOf(field), message);
            }
        }

        db.ChangeTracker.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private static string KeyOf(string field)
    {
        if (field.StartsWith("parties", StringComparison.Ordinal))
        {
            return field.EndsWith("phone", StringComparison.OrdinalIgnoreCase) ? "Form.PartyPhone" : "Form.PartyName";
        }

        var name = field.Length == 0 ? "" : char.ToUpperInvariant(field[0]) + field[1..];
        return Fields.Contains(name) ? "Form." + name : "";
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        Me = await current.RequireAsync(cancellationToken);
        var campaign = await work.Visible(Me).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return false;
        }

        Campaign = campaign;
        if (!IsStale)
        {
            Form.Version = await db.ScreeningCampaigns.Where(c => c.Id == id).Select(c => EF.Property<int>(c, ZongzhiDb.VersionProperty)).FirstAsync(cancellationToken);
        }

        VillageNames = await db.Villages.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        DepartmentNames = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        Categories = await db.DisputeCategories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        return true;
    }
}
