using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Matters;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Attachments;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Information;

/// <summary>
/// 信息详情 and the emergency page: the item, its attachments, handling (知悉 / 转为事项 / 关闭), analysis, and for an
/// emergency the recipients' acknowledgements (each once) and the dispatches to the scene. Every action calls the same
/// use case as the API (<see cref="InformationActionsApi"/>) and is audited there.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(ZongzhiDb db, InformationWork work, InformationAttachments attachments, RegisterMatter registerMatter,
    MatterAccess matters, CurrentUser current, AuditTrail audit, TownClock clock, IAuthorizationService authorization, FormAction forms) : PageModel
{
    [BindProperty]
    public InformationActionForm Form { get; set; } = new();

    public InformationItem Item { get; private set; } = null!;

    public CurrentUser.Snapshot Me { get; private set; } = null!;

    public int Version { get; private set; }

    public bool IsStale { get; private set; }

    public string? VillageName { get; private set; }

    public string CategoryName { get; private set; } = "";

    public string? MatterNumber { get; private set; }

    public IReadOnlyList<Attachment> Attachments { get; private set; } = [];

    public IReadOnlyDictionary<string, string> UserNames { get; private set; } = new Dictionary<string, string>();

    public TownClock Clock => clock;

    public bool IsDirector => Me.IsIn(Roles.CenterDirector);

    public bool MayHandle => IsDirector && Item.Outcome is null or InformationOutcome.Noted;

    /// <summary>The auditor and the administrator read; they do not add files (policy <see cref="Policies.Contributor"/>).</summary>
    public bool MayAttach => !Me.IsIn(Roles.Auditor, Roles.Administrator);

    public bool MayAcknowledge => Item.Acknowledgements.Any(a => a.UserId == Me.Id && a.AcknowledgedAt is null);

    public string NameOf(string? userId) => userId is not null && UserNames.TryGetValue(userId, out var name) ? name : "—";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await audit.RecordReadAsync("InformationItem", id, "information.view", null, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostNoteAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Director, "information.note.page", "已知悉", () => InformationActionsApi.HandleAsync(id,
            new HandleInformationRequest(InformationOutcome.Noted, Form.Note?.Trim(), null, null, Form.Version), work, db, ct), ct);

    public Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Director, "information.close.page", "已关闭", () => InformationActionsApi.HandleAsync(id,
            new HandleInformationRequest(InformationOutcome.Closed, null, Form.Reason?.Trim(), null, Form.Version), work, db, ct), ct);

    public Task<IActionResult> OnPostLinkAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Director, "information.link.page", "已关联事项", async () =>
        {
            var user = await current.RequireAsync(ct);
            var number = Form.MatterNumber?.Trim();
            var matterId = await matters.Visible(user).Where(m => m.Number == number).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct);
            if (matterId is null)
            {
                return Problems.Validation("matterId", "未找到该编号的事项");
            }

            return await InformationActionsApi.HandleAsync(id, new HandleInformationRequest(InformationOutcome.TurnedIntoMatter, null, null, matterId, Form.Version), work, db, ct);
        }, ct);

    public Task<IActionResult> OnPostToMatterAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Director, "information.toMatter.page", "已登记为事项", () => InformationActionsApi.TurnIntoMatterAsync(id,
            new TurnIntoMatterRequest([new PartyRequest(PartyRole.Complainant, Form.PartyName?.Trim(), Form.PartyPhone?.Trim(), null, null, null, null)]),
            work, registerMatter, current, audit, clock, db, ct), ct);

    public Task<IActionResult> OnPostAnalyseAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Director, "information.analyse.page", "分析已保存", () => InformationActionsApi.AnalyseAsync(id,
            new AnalyseInformationRequest(InformationLabels.Tags(Form.CauseTags), InformationLabels.Tags(Form.CharacteristicTags), Form.Version), work, ct), ct);

    public Task<IActionResult> OnPostAcknowledgeAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Contributor, "information.acknowledge.page", "已确认收悉", () => InformationActionsApi.AcknowledgeAsync(id, work, ct), ct);

    public Task<IActionResult> OnPostDispatchAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Director, "information.dispatch.page", "派员记录已保存", () => InformationActionsApi.DispatchAsync(id,
            new DispatchRequest(Form.Staff?.Trim(), InformationLabels.Instant(clock, Form.SentAt)), work, ct), ct);

    public Task<IActionResult> OnPostArriveAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Director, $"information.arrive.{Form.DispatchId}.page", "到达现场情况已记录", () => InformationActionsApi.ArriveAsync(id, Form.DispatchId ?? 0,
            new ArrivalRequest(InformationLabels.Instant(clock, Form.ArrivedAt), Form.Findings?.Trim()), work, ct), ct);

    public Task<IActionResult> OnPostAttachAsync(long id, CancellationToken ct) =>
        RunAsync(id, Policies.Contributor, "information.attach.page", "附件已上传", async () =>
        {
            var uploaded = await attachments.UploadAsync(await current.RequireAsync(ct), id, Form.File, Form.FileDescription, ct);
            return uploaded.NotFound ? Problems.From(new Domain.Shared.NotFoundError("未找到该信息"))
                : uploaded.Attachment is null ? Problems.Validation(uploaded.Field!, uploaded.Error!) : Results.NoContent();
        }, ct);

    private async Task<IActionResult> RunAsync(long id, string policy, string operation, string done, Func<Task<IResult>> action, CancellationToken cancellationToken)
    {
        // The API names the same policy on each endpoint; the page checks it before the use case runs.
        var allowed = (await authorization.AuthorizeAsync(User, policy)).Succeeded;
        // A second post of the same form (a double click, or a retry after a lost answer) lands where the first one led.
        var outcome = allowed
            ? await forms.RunOnceAsync(operation, Form.FormToken, action, cancellationToken)
            : new ActionOutcome(false, false, false, "无权执行此操作", new Dictionary<string, string[]>());
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
        if (outcome.FieldErrors.Count == 0)
        {
            ModelState.AddModelError("", outcome.IsStale ? "已被他人修改，请刷新" : outcome.Message ?? "操作未完成");
        }

        foreach (var (field, messages) in outcome.FieldErrors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(InformationActionForm.KeyOf(field), message);
            }
        }

        db.ChangeTracker.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        Me = await current.RequireAsync(cancellationToken);
        var item = await work.FindAsync(Me, id, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Version = db.VersionOf(item);
        Form.FormToken = FormAction.NewToken();
        if (!IsStale)
        {
            Form.Version = Version;
        }

        VillageName = item.VillageId is { } villageId ? await db.Villages.Where(v => v.Id == villageId).Select(v => v.Name).FirstOrDefaultAsync(cancellationToken) : null;
        CategoryName = await db.DisputeCategories.Where(c => c.Code == item.Category).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? item.Category;
        MatterNumber = item.MatterId is { } matterId ? await db.Matters.Where(m => m.Id == matterId).Select(m => m.Number).FirstOrDefaultAsync(cancellationToken) : null;
        Attachments = await attachments.ListAsync(id, cancellationToken);
        var userIds = item.Acknowledgements.Select(a => a.UserId).Append(item.ReporterUserId).Append(item.HandledByUserId ?? "")
            .Concat(Attachments.Select(a => a.UploadedByUserId)).Distinct().ToList();
        UserNames = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return true;
    }
}
