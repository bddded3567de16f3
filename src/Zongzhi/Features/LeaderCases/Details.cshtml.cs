using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.LeaderCases;

/// <summary>
/// 包案详情: the case with its deadline, plan, progress, coordination requests, extension requests, transfer, closure and
/// hand-over. The named leader takes it, records the plan and progress, asks departments for help, asks for an extension
/// (decided by the top leader on /ExtensionRequests), transfers it to the competent agency or closes it, and hands the
/// materials over; the department asked replies here. Every form calls the API's use case (<see cref="LeaderCaseWork"/>),
/// so scope, audit and the version check are the same, and runs once per one-time form token (<see cref="FormAction"/>).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(ZongzhiDb db, LeaderCaseQueries queries, LeaderCaseWork work, CurrentUser current, FormAction forms,
    IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public LeaderCaseForm Form { get; set; } = new();

    public LeaderCaseView Case { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    /// <summary>The departments a leader may ask for help (only while the case is in progress).</summary>
    public IReadOnlyList<KeyValuePair<long, string>> Departments { get; private set; } = [];

    public bool IsLeader { get; private set; }

    public bool IsTopLeader { get; private set; }

    /// <summary>The user's department when they are department staff (they reply to requests addressed to it).</summary>
    public long? StaffDepartmentId { get; private set; }

    public bool IsStale { get; private set; }

    /// <summary>The form that was posted and refused: its fields keep what was typed and show the messages.</summary>
    public string? Posted { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostTakeAsync(long id, CancellationToken ct) =>
        RunAsync(id, "Take", Policies.CaseLeader, "已接案，办结期限已起算", () => LeaderCaseHandlingApi.TakeAsync(id, new TakeLeaderCaseRequest(Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostPlanAsync(long id, CancellationToken ct) =>
        RunAsync(id, "Plan", Policies.CaseLeader, "调处方案已保存", () => LeaderCaseHandlingApi.RecordPlanAsync(id,
            new HandlingPlanRequest(Form.Findings, Form.Measures, Form.People, Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostProgressAsync(long id, CancellationToken ct) =>
        RunAsync(id, "Progress", Policies.CaseLeader, "办理进展已记录", () => LeaderCaseHandlingApi.AddProgressNoteAsync(id,
            new ProgressNoteRequest(Form.Text, Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostCoordinationAsync(long id, CancellationToken ct) =>
        RunAsync(id, "Coordination", Policies.CaseLeader, "协助请求已发送协助部门", () => LeaderCaseHandlingApi.RequestCoordinationAsync(id,
            new CoordinationRequestRequest(Form.DepartmentId, Form.Request, Form.DueOn, Form.Version), work, ct), ct);

    /// <summary>答复协助请求: the department asked (its handler or head); the request must belong to this case.</summary>
    public async Task<IActionResult> OnPostReplyAsync(long id, CancellationToken ct)
    {
        var requestId = Form.CoordinationRequestId ?? 0;
        var belongs = await db.LeaderCases.AnyAsync(c => c.Id == id && c.CoordinationRequests.Any(r => r.Id == requestId), ct);
        return !belongs ? NotFound() : await RunAsync(id, "Reply", Policies.DepartmentStaff, "已答复包案领导", () => LeaderCaseHandlingApi.ReplyAsync(requestId,
            new CoordinationReplyRequest(Form.Reply), work, ct), ct);
    }

    public Task<IActionResult> OnPostExtensionAsync(long id, CancellationToken ct) =>
        RunAsync(id, "Extension", Policies.CaseLeader, "延期申请已提交，等待党政一把手审批", () => LeaderCaseExtensionsApi.RequestAsync(id,
            new LeaderCaseExtensionRequest(Form.Reason, Form.ProposedDueOn, Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostTransferAsync(long id, CancellationToken ct) =>
        RunAsync(id, "Transfer", Policies.CaseLeader, "已移交有关部门，书面告知已送综治中心备案", () => LeaderCaseClosureApi.TransferAsync(id,
            new TransferOutsideAuthorityRequest(Form.CompetentAgency, Form.ContactedOn,
                new WrittenNoticeRequest(Form.NoticeNumber, Form.NoticeAddressedTo, Form.NoticeText, Form.NoticeIssuedOn), Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) =>
        RunAsync(id, "Close", Policies.CaseLeader, "包案已办结", () => LeaderCaseClosureApi.CloseAsync(id,
            new CloseLeaderCaseRequest(Form.ClosingResult, Form.PartySatisfaction, Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostHandOverAsync(long id, CancellationToken ct) =>
        RunAsync(id, "HandOver", Policies.CaseLeader, "包案材料已移交综治中心归档", () => LeaderCaseClosureApi.HandOverAsync(id,
            new HandOverMaterialsRequest(Form.MaterialLines(), Form.Version), work, ct), ct);

    /// <summary>Whether the refused form was this one (for this coordination request), so it keeps the input and shows messages.</summary>
    public bool IsPosted(string form, long? requestId = null) => Posted == form && (requestId is null || Form.CoordinationRequestId == requestId);

    private async Task<IActionResult> RunAsync(long id, string form, string policy, string done, Func<Task<IResult>> action, CancellationToken cancellationToken)
    {
        // The API names the same policy on each endpoint; the domain checks it is this case's leader or the department asked.
        if (!(await authorization.AuthorizeAsync(User, policy)).Succeeded)
        {
            return Forbid();
        }

        Posted = form;
        if (ModelState.IsValid)
        {
            var outcome = await forms.RunOnceAsync("leaderCase.page", Form.FormToken, action, cancellationToken);
            if (outcome is null || outcome.Succeeded)
            {
                TempData["Message"] = done;
                return RedirectToPage(new { id });
            }

            if (outcome.IsNotFound)
            {
                return NotFound();
            }

            IsStale = outcome.IsStale;
            AddErrors(outcome);
        }

        db.ChangeTracker.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private void AddErrors(ActionOutcome outcome)
    {
        if (outcome.FieldErrors.Count == 0)
        {
            ModelState.AddModelError("", outcome.IsStale ? "已被他人修改，请刷新后重试" : outcome.Message ?? "操作未完成");
            return;
        }

        foreach (var (field, messages) in outcome.FieldErrors)
        {
            // materials[3] → materials; an unknown field goes to the summary at the top.
            var bare = field.Split('[')[0];
            var key = LeaderCaseForm.Fields.TryGetValue(field, out var named) || LeaderCaseForm.Fields.TryGetValue(bare, out named) ? $"{nameof(Form)}.{named}" : "";
            foreach (var message in messages)
            {
                ModelState.AddModelError(key, message);
            }
        }
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
        StaffDepartmentId = user.IsDepartmentStaff ? user.DepartmentId : null;
        Form.FormToken = FormAction.NewToken();
        if (!IsStale)
        {
            Form.Version = view.Version;
        }

        if (IsLeader && view.Case.Status == Domain.LeaderCases.LeaderCaseStatus.InProgress)
        {
            Departments = await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
                .Select(d => new KeyValuePair<long, string>(d.Id, d.Name)).ToListAsync(cancellationToken);
        }

        var ids = view.ProgressNotes.Select(n => n.WrittenByUserId).Append(view.Case.CaseLeaderUserId)
            .Concat(view.ExtensionRequests.Select(e => e.DecidedByUserId).OfType<string>())
            .Concat(view.CoordinationRequests.Select(r => r.RepliedByUserId).OfType<string>()).Distinct().ToList();
        Names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return true;
    }

    public static string Day(DateOnly? day) => day is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
}
