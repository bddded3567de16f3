using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Matters;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Assignments;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;
using Zongzhi.Platform.Privacy;

namespace Zongzhi.Features.Matters;

/// <summary>
/// 事项详情: the matter with masked parties, its timeline and sheets, and the actions the user may take now; each
/// action calls the same use case as the API (<see cref="MatterActionsApi"/>, through <see cref="MatterWork"/>).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(ZongzhiDb db, MatterAccess access, AuditTrail audit, TownClock clock, CurrentUser current,
    MatterWork work, RevealPersonalData reveal, IAuthorizationService authorization, FormAction forms) : PageModel
{
    [BindProperty]
    public MatterActionForm Form { get; set; } = new();

    public MatterDetails Details { get; private set; } = null!;

    public CurrentUser.Snapshot Me { get; private set; } = null!;

    public bool IsStale { get; private set; }

    public MatterView.PartyView? Revealed { get; private set; }

    public bool MayReveal => reveal.MayReveal(audit.Actor);

    public TownClock Clock => clock;

    /// <summary>The departments to assign to (only when the assignment form is shown).</summary>
    public IReadOnlyList<KeyValuePair<long, string>> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Director, "已受理", () => MatterActionsApi.AcceptAsync(id, new AcceptRequest(Form.Complexity, Form.Track, Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostDeclineAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Director, "已决定不予受理", () => MatterActionsApi.DeclineAsync(id, new DeclineRequest(Form.Reason, Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostMergeAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Director, "已作为重复件并入", async () =>
        {
            var user = await current.RequireAsync(ct);
            var number = Form.OriginalNumber?.Trim();
            var originalId = await access.Visible(user).Where(m => m.Number == number && m.Id != id).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct);
            return await MatterActionsApi.MergeAsync(id, new MergeRequest(originalId, Form.Version), work, access, ct);
        }, ct);

    public Task<IActionResult> OnPostHandToLeaderAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.LeaderAssigner, "已交由领导包案", () => MatterActionsApi.HandToLeaderAsync(id, new HandToLeaderRequest(Form.CaseLeaderUserId, Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostTransferAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Director, "已移交，并书面通报镇党政办", () => MatterActionsApi.TransferAsync(id, new TransferRequest(Form.ReceivingUnit,
            new WrittenNoticeRequest(Form.NoticeNumber, Form.NoticeAddressedTo, Form.NoticeText, null), Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostCallbackAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Supervisor, "回访已记录", () => MatterActionsApi.CallbackAsync(id, new CallbackRequest(Form.Method, Form.Satisfaction, Form.Notes, Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Supervisor, "已办结", () => MatterActionsApi.CloseAsync(id, new VersionRequest(Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostFileNoticeAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Archivist, "书面告知已备案", () => MatterActionsApi.FileNoticeAsync(id, new VersionRequest(Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostArchiveAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Archivist, "已归档", () => MatterActionsApi.ArchiveAsync(id, new ArchiveRequest(Form.ArchiveNumber,
            (Form.Materials ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Form.Version), work, ct), ct);

    /// <summary>交办: the assignment sheet; a respondent department is refused beside the field (回避).</summary>
    public Task<IActionResult> OnPostAssignAsync(long id, [FromServices] AssignMatter assign, CancellationToken ct) =>
        RunAsync(id, Policies.Director, "已交办，交办单已发送承办部门", () => assign.RunAsync(id,
            new AssignRequest(Form.HandlingDepartmentId, Form.CoHandlingDepartmentIds, Form.Requirements?.Trim(), Form.Version), ct), ct);

    /// <summary>审核办理结果: accept, or order re-handling with reasons and an optional new last day.</summary>
    public async Task<IActionResult> OnPostReviewAsync(long id, [FromServices] ReviewResult review, CancellationToken ct)
    {
        var sheetId = await db.AssignmentSheets.Where(s => s.MatterId == id && s.Id == Form.SheetId).Select(s => (long?)s.Id).FirstOrDefaultAsync(ct);
        return sheetId is null ? NotFound() : await RunAsync(id, Policies.Supervisor, Form.Outcome == ReviewOutcome.RehandlingOrdered ? "已要求重新办理" : "办理结果已审核通过",
            () => review.RunAsync(sheetId.Value, new ReviewRequest(Form.Outcome, Form.Comment?.Trim(), Form.Reasons?.Trim(), Form.NewDueOn, Form.Version), ct), ct);
    }

    /// <summary>查看完整信息: the reason is required and recorded (the value never is).</summary>
    public async Task<IActionResult> OnPostRevealAsync(long id, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var party = await access.Visible(user).Where(m => m.Id == id).SelectMany(m => m.Parties)
            .Where(p => p.Id == Form.PartyId).AsNoTracking().FirstOrDefaultAsync(ct);
        if (party is null)
        {
            return NotFound();
        }

        var result = await reveal.RunAsync(new RevealPersonalData.Request("Party", party.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "name,phone,idNumber,address", Form.RevealReason), _ => Task.FromResult<string?>(null), ct);
        if (result.IsSuccess)
        {
            Revealed = new MatterView.PartyView(party.Id, party.Role, party.Name, party.Phone, party.IdNumber, party.Address, party.IdNumber is not null);
        }
        else
        {
            ModelState.AddModelError("Form.RevealReason", result.Error!.Message);
        }

        return await LoadAsync(id, ct, recordView: !result.IsSuccess) ? Page() : NotFound();
    }

    private async Task<IActionResult> RunAsync(long id, string policy, string done, Func<Task<IResult>> action, CancellationToken cancellationToken)
    {
        // The API names the same policy on each endpoint; the page checks it before the use case runs.
        var allowed = (await authorization.AuthorizeAsync(User, policy)).Succeeded;
        var outcome = !ModelState.IsValid ? null
            : allowed ? await forms.RunOnceAsync("matter.page", Form.FormToken, action, cancellationToken)
            : new ActionOutcome(false, false, false, "无权执行此操作", new Dictionary<string, string[]>());
        if (ModelState.IsValid && (outcome is null || outcome.Succeeded))
        {
            TempData["Message"] = done;
            return RedirectToPage(new { id });
        }

        if (outcome?.IsNotFound == true)
        {
            return NotFound();
        }

        IsStale = outcome?.IsStale == true;
        if (outcome is not null)
        {
            FormAction.AddErrors(ModelState, outcome, nameof(Form), MatterActionForm.Fields);
        }

        db.ChangeTracker.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken, bool recordView = true)
    {
        Me = await current.RequireAsync(cancellationToken);
        var details = await MatterDetails.LoadAsync(db, access, audit, clock, Me, id, cancellationToken, recordView);
        if (details is null)
        {
            return false;
        }

        Details = details;
        Form.FormToken = FormAction.NewToken();
        if (IsDirector && details.Sheets.Count == 0)
        {
            Departments = await db.Departments.AsNoTracking().Where(x => x.IsActive).OrderBy(x => x.SortOrder).ThenBy(x => x.Id)
                .Select(x => new KeyValuePair<long, string>(x.Id, x.Name)).ToListAsync(cancellationToken);
        }

        if (!IsStale)
        {
            Form.Version = details.Matter.Version;
        }

        return true;
    }

    public bool IsDirector => Me.IsIn(Roles.CenterDirector);

    public bool MaySupervise => Me.SupervisingBody == Details.Matter.Track;

    public bool IsArchivist => Me.IsIn(Roles.CenterDirector, Roles.ReceptionClerk);

    public bool MayPrintReceipt => Me.IsIn(Roles.CenterDirector, Roles.ReceptionClerk) && Details.Matter.Channel != IntakeChannel.InformationItem;
}
