using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Supervision;
using Zongzhi.Platform;

namespace Zongzhi.Features.LeaderCases;

/// <summary>
/// 包案详情: the case with its deadline, plan, progress, extension requests and closure; the named leader takes it,
/// records the plan and progress, asks for an extension (decided by the top leader on /ExtensionRequests) and closes it.
/// Every form calls the API's use case (<see cref="LeaderCaseWork"/>), so scope, audit and the version check are the same.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(ZongzhiDb db, LeaderCaseQueries queries, LeaderCaseWork work, CurrentUser current) : PageModel
{
    [BindProperty]
    public LeaderCaseForm Form { get; set; } = new();

    public LeaderCaseView Case { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public bool IsLeader { get; private set; }

    public bool IsTopLeader { get; private set; }

    public bool IsStale { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostTakeAsync(long id, CancellationToken ct) =>
        RunAsync(id, "已接案，办结期限已起算", () => LeaderCaseHandlingApi.TakeAsync(id, new TakeLeaderCaseRequest(Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostPlanAsync(long id, CancellationToken ct) =>
        RunAsync(id, "调处方案已保存", () => LeaderCaseHandlingApi.RecordPlanAsync(id,
            new HandlingPlanRequest(Form.Findings, Form.Measures, Form.People, Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostProgressAsync(long id, CancellationToken ct) =>
        RunAsync(id, "办理进展已记录", () => LeaderCaseHandlingApi.AddProgressNoteAsync(id, new ProgressNoteRequest(Form.Text, Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostExtensionAsync(long id, CancellationToken ct) =>
        RunAsync(id, "延期申请已提交，等待党政一把手审批", () => LeaderCaseExtensionsApi.RequestAsync(id,
            new LeaderCaseExtensionRequest(Form.Reason, Form.ProposedDueOn, Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) =>
        RunAsync(id, "包案已办结", () => LeaderCaseClosureApi.CloseAsync(id,
            new CloseLeaderCaseRequest(Form.ClosingResult, Form.PartySatisfaction, Form.Version), work, ct), ct);

    private async Task<IActionResult> RunAsync(long id, string done, Func<Task<IResult>> action, CancellationToken cancellationToken)
    {
        // Only the case leader acts here (the API's CaseLeader policy); the domain checks it is this case's leader.
        if (!User.IsInRole(Roles.CaseLeader))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var outcome = PageOutcome.Apply(await action(), ModelState);
            if (outcome.IsNotFound)
            {
                return NotFound();
            }

            if (outcome.Succeeded)
            {
                TempData["Message"] = done;
                return RedirectToPage(new { id });
            }

            IsStale = outcome.IsStale;
        }

        db.ChangeTracker.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var view = await queries.GetAsync(id, cancellationToken);
        if (view is null)
        {
            return false;
        }

        var user = await current.RequireAsync(cancellationToken);
        Case = view;
        IsLeader = user.Id == view.Case.CaseLeaderUserId;
        IsTopLeader = user.IsIn(Roles.TopLeader);
        if (!IsStale)
        {
            Form.Version = view.Version;
        }

        var ids = view.ProgressNotes.Select(n => n.WrittenByUserId).Append(view.Case.CaseLeaderUserId)
            .Concat(view.ExtensionRequests.Select(e => e.DecidedByUserId).OfType<string>()).Distinct().ToList();
        Names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return true;
    }
}
