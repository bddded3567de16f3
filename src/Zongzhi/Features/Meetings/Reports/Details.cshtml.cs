using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Matters;
using Zongzhi.Features.Supervision;

namespace Zongzhi.Features.Meetings.Reports;

/// <summary>
/// 报告: the report as printed on A4 (title, number, text, the pack's tables); for the director, while a draft, the edit
/// form (stale saves refused), refresh and issue; issued reports are archived and read-only.
/// </summary>
[Authorize(Policy = MeetingPolicies.Reader)]
public sealed class ReportDetailsModel(ZongzhiDb db, PeriodicReportWork work, IConfiguration configuration, FormAction forms) : PageModel
{
    public sealed class EditForm
    {
        public string? Title { get; set; }

        public string? Body { get; set; }

        public int? Version { get; set; }

        public string? FormToken { get; set; }
    }

    [BindProperty]
    public EditForm Form { get; set; } = new();

    public PeriodicReportView Report { get; private set; } = null!;

    public IReadOnlyList<PackTables.Table> Tables { get; private set; } = [];

    public bool IsStale { get; private set; }

    public bool IsWriter => User.IsInRole(Roles.CenterDirector);

    public string TownName => configuration["Zongzhi:TownName"] ?? "";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, true, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostEditAsync(long id, CancellationToken ct) =>
        RunAsync(id, "edit", "报告已保存", () => work.EditAsync(id, new EditReportRequest(Form.Title, Form.Body, Form.Version), ct), ct);

    public Task<IActionResult> OnPostRefreshAsync(long id, CancellationToken ct) =>
        RunAsync(id, "refresh", "统计数据已更新", () => work.RefreshAsync(id, new ReportVersionRequest(Form.Version), ct), ct);

    public Task<IActionResult> OnPostIssueAsync(long id, CancellationToken ct) =>
        RunAsync(id, "issue", "报告已印发并归档", () => work.IssueAsync(id, new ReportVersionRequest(Form.Version), ct), ct);

    private async Task<IActionResult> RunAsync(long id, string operation, string done, Func<Task<IResult>> action, CancellationToken cancellationToken)
    {
        if (!IsWriter)
        {
            return Forbid();
        }

        ModelState.Clear();
        // A second post of the same form (a double click, or a retry after a lost answer) lands where the first one led
        // instead of being refused as a stale edit.
        var once = await forms.RunOnceAsync($"report.{id}.{operation}.page", Form.FormToken, action, cancellationToken);
        var outcome = once is null ? null : PageOutcome.Apply(once, ModelState);
        if (outcome is null || outcome.Succeeded)
        {
            TempData["Message"] = done;
            return Redirect($"/Meetings/Reports/{id}");
        }

        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        IsStale = outcome.IsStale;
        db.ChangeTracker.Clear();
        return await LoadAsync(id, false, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, bool fillForm, CancellationToken cancellationToken)
    {
        var report = await db.PeriodicReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return false;
        }

        var version = await db.PeriodicReports.Where(r => r.Id == id).Select(r => EF.Property<int>(r, ZongzhiDb.VersionProperty)).FirstAsync(cancellationToken);
        Report = PeriodicReportView.From(report, version);
        Form.FormToken = FormAction.NewToken();
        Tables = PackTables.From(Report.Figures);
        if (fillForm || IsStale)
        {
            Form.Title = fillForm ? report.Title : Form.Title;
            Form.Body = fillForm ? report.Body : Form.Body;
        }

        if (!IsStale)
        {
            Form.Version = version;
        }

        return true;
    }
}
