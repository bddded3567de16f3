using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Meetings;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Matters;
using Zongzhi.Features.Supervision;
using Zongzhi.Platform;

namespace Zongzhi.Features.Meetings.Reports;

/// <summary>定期书面报告: the reports (drafts and issued), and the director's form to generate one for a period and scope.</summary>
[Authorize(Policy = MeetingPolicies.Reader)]
public sealed class ReportsIndexModel(ZongzhiDb db, PeriodicReportWork work, TownClock clock, FormAction forms) : PageModel
{
    public sealed class GenerateForm
    {
        public ReportPeriodKind? Kind { get; set; }

        public string? Period { get; set; }

        /// <summary>"" for the whole town, "v:3" a village, "d:2" a department.</summary>
        public string? Scope { get; set; }

        public ReportAudience? Audience { get; set; }

        /// <summary>The one-time token of this rendering: a second post of the same form generates nothing more.</summary>
        public string? FormToken { get; set; }
    }

    [BindProperty]
    public GenerateForm Form { get; set; } = new();

    public IReadOnlyList<PeriodicReport> Reports { get; private set; } = [];

    public IReadOnlyList<(string Value, string Label)> Scopes { get; private set; } = [];

    public bool IsWriter => User.IsInRole(Roles.CenterDirector);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form.Kind = ReportPeriodKind.Month;
        Form.Period = ReportMonth.Of(clock.Today()).Previous.ToString();
        Form.Audience = ReportAudience.CenterLeaders;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!IsWriter)
        {
            return Forbid();
        }

        ModelState.Clear();
        long? village = Form.Scope is { } v && v.StartsWith("v:", StringComparison.Ordinal) && long.TryParse(v.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture, out var vid) ? vid : null;
        long? department = Form.Scope is { } d && d.StartsWith("d:", StringComparison.Ordinal) && long.TryParse(d.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture, out var did) ? did : null;
        // A second post of the same form (a double click, or a retry after a lost answer) leads to the draft the first generated.
        var (outcome, landing) = await forms.CreateOnceAsync("reports.generate.page", Form.FormToken,
            () => work.GenerateAsync(new GenerateReportRequest(Form.Kind, Form.Period, village, department, Form.Audience, null, null), cancellationToken),
            result => result is Microsoft.AspNetCore.Http.HttpResults.Created<PeriodicReportView> created ? $"/Meetings/Reports/{created.Value!.Id}" : null,
            cancellationToken);
        if (outcome is null || outcome.Succeeded)
        {
            TempData["Message"] = "报告草稿已生成，请编辑正文后印发";
            return Redirect(landing ?? "/Meetings/Reports");
        }

        PageOutcome.Apply(outcome, ModelState);

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Form.FormToken = FormAction.NewToken();
        Reports = await db.PeriodicReports.AsNoTracking().OrderByDescending(r => r.FirstDay).ThenByDescending(r => r.Id).Take(100).ToListAsync(cancellationToken);
        var villages = await db.Villages.AsNoTracking().Where(v => v.IsActive).OrderBy(v => v.SortOrder).ThenBy(v => v.Id).Select(v => new { v.Id, v.Name }).ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.SortOrder).ThenBy(d => d.Id).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        Scopes = [("", "全镇"), .. villages.Select(v => ($"v:{v.Id}", v.Name)), .. departments.Select(d => ($"d:{d.Id}", d.Name))];
    }
}
