using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.LeaderCases;
using Zongzhi.Features.Matters;
using Zongzhi.Features.Supervision;
using Zongzhi.Platform;
using LeaderApprove = Zongzhi.Features.LeaderCases.ApproveLeaderCaseExtensionRequest;
using LeaderReject = Zongzhi.Features.LeaderCases.RejectLeaderCaseExtensionRequest;

namespace Zongzhi.Features.ExtensionRequests;

/// <summary>
/// 延期审批: the top leader decides leader-case extensions; the supervising body (center director, party/government
/// office) decides the extensions of the sheets it supervises. Approve with a new last day, or reject with a reason.
/// </summary>
[Authorize(Policy = Policies.ExtensionApprover)]
public sealed class IndexModel(ZongzhiDb db, LeaderCaseQueries leaderCases, ExtensionRequestSearch sheets, LeaderCaseWork leaderWork,
    ApproveExtension approveSheet, RejectExtension rejectSheet, FormAction forms) : PageModel
{
    [BindProperty]
    public ExtensionDecisionForm Form { get; set; } = new();

    public IReadOnlyList<LeaderCaseQueries.ExtensionQueueItem> LeaderCaseRequests { get; private set; } = [];

    public IReadOnlyList<ExtensionRequestSearch.Item> SheetRequests { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<long, string> Departments { get; private set; } = new Dictionary<long, string>();

    /// <summary>The one-time token the forms of this rendering carry.</summary>
    public string FormToken { get; private set; } = "";

    public bool IsTopLeader => User.IsInRole(Roles.TopLeader);

    public bool IsSupervisor => User.IsInRole(Roles.CenterDirector) || User.IsInRole(Roles.PartyGovernmentOffice);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostApproveLeaderCaseAsync(CancellationToken ct) => DecideAsync(IsTopLeader, "approveLeaderCase", "包案延期已批准",
        id => LeaderCaseExtensionsApi.ApproveAsync(id, new LeaderApprove(Form.ApprovedDueOn, Form.Comment), leaderWork, ct), ct);

    public Task<IActionResult> OnPostRejectLeaderCaseAsync(CancellationToken ct) => DecideAsync(IsTopLeader, "rejectLeaderCase", "已不批准该包案延期",
        id => LeaderCaseExtensionsApi.RejectAsync(id, new LeaderReject(Form.Reason), leaderWork, ct), ct);

    public Task<IActionResult> OnPostApproveSheetAsync(CancellationToken ct) => DecideAsync(IsSupervisor, "approveSheet", "交办单延期已批准",
        id => approveSheet.RunAsync(id, new ApproveExtensionRequest(Form.ApprovedDueOn, Form.Comment, null), ct), ct);

    public Task<IActionResult> OnPostRejectSheetAsync(CancellationToken ct) => DecideAsync(IsSupervisor, "rejectSheet", "已不批准该交办单延期",
        id => rejectSheet.RunAsync(id, new RejectExtensionRequest(Form.Reason, null), ct), ct);

    private async Task<IActionResult> DecideAsync(bool allowed, string action, string done, Func<long, Task<IResult>> decide, CancellationToken ct)
    {
        if (!allowed)
        {
            return Forbid();
        }

        if (Form.RequestId is not { } id)
        {
            return BadRequest();
        }

        if (ModelState.IsValid)
        {
            // A second post of the same form (double click, retry) lands where the first one led.
            var once = await forms.RunOnceAsync($"extension.{action}.page", Form.FormToken, () => decide(id), ct);
            if (once is null)
            {
                TempData["Message"] = done;
                return RedirectToPage();
            }

            var outcome = PageOutcome.Apply(once, ModelState);
            if (outcome.IsNotFound)
            {
                return NotFound();
            }

            if (outcome.Succeeded)
            {
                TempData["Message"] = done;
                return RedirectToPage();
            }
        }

        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (IsTopLeader)
        {
            LeaderCaseRequests = await leaderCases.ExtensionRequestsAsync(ExtensionRequestStatus.Pending, ct);
        }

        if (IsSupervisor && await sheets.RunAsync(new ExtensionRequestSearch.Query(ExtensionRequestStatus.Pending, null, Assignments.AssignmentQueries.MaxPageSize), ct)
            is Ok<ExtensionRequestSearch.Page> page)
        {
            SheetRequests = page.Value!.Items;
        }

        var ids = LeaderCaseRequests.Select(r => r.CaseLeaderUserId).Concat(SheetRequests.Select(r => r.RequestedByUserId)).Distinct().ToList();
        Names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        FormToken = FormAction.NewToken();
    }
}
