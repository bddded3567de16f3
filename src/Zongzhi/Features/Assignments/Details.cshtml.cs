using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Attachments;
using Zongzhi.Features.Calendar;
using Zongzhi.Features.Matters;
using Zongzhi.Features.Supervision;
using Zongzhi.Platform;

namespace Zongzhi.Features.Assignments;

/// <summary>
/// 交办单: the sheet with every round, its deadlines (original and current, with the calendar version), notes, results,
/// extension requests and attachments; the department signs, records progress, uploads materials, submits the result
/// and asks for an extension here — each form calls the same use case as the API. Outside the user's scope: 404.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(ZongzhiDb db, AssignmentQueries queries, FormAction forms, CurrentUser current, CalendarSource calendars, RuleSettingsSource rules,
    TownClock clock) : PageModel
{
    public const string OwnerType = "AssignmentSheet";

    [BindProperty]
    public SheetForm Form { get; set; } = new();

    public AssignmentSheetView Sheet { get; private set; } = null!;

    public CurrentUser.Snapshot Me { get; private set; } = null!;

    public string MatterSummary { get; private set; } = "";

    public IReadOnlyDictionary<long, string> Departments { get; private set; } = new Dictionary<long, string>();

    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<Attachment> Attachments { get; private set; } = [];

    public IReadOnlyList<ReportRequest> Reports { get; private set; } = [];

    public IReadOnlyList<MaterialsRequest> MaterialsCalls { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public DateOnly Soon { get; private set; }

    public bool IsStale { get; private set; }

    public TownClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostReceiveAsync(long id, [FromServices] ReceiveAssignment action, CancellationToken ct) =>
        RunAsync(id, "已签收，办理期限自今日起计算", "receive", () => action.RunAsync(id, new SheetVersionRequest(Form.Version), ct), ct);

    public Task<IActionResult> OnPostProgressAsync(long id, [FromServices] RecordProgress action, CancellationToken ct) =>
        RunAsync(id, "办理进展已记录", "progress", () => action.RunAsync(id, new ProgressRequest(Form.Text?.Trim(), Form.Version), ct), ct);

    public Task<IActionResult> OnPostResultAsync(long id, [FromServices] SubmitResult action, CancellationToken ct) =>
        RunAsync(id, "办理结果已提交，等待督办部门审核", "result", () => action.RunAsync(id,
            new ResultRequest(Form.WhatWasDone?.Trim(), Form.ReplyToParty?.Trim(), Form.PartySatisfaction, Form.Version), ct), ct);

    public Task<IActionResult> OnPostExtensionAsync(long id, [FromServices] RequestExtension action, CancellationToken ct) =>
        RunAsync(id, "延期申请已提交，等待审批", "extension", () => action.RunAsync(id, new ExtensionApplication(Form.Reason?.Trim(), Form.ProposedDueOn, Form.Version), ct), ct);

    /// <summary>批准延期: the supervising body decides a pending request of this sheet (the use case checks body and state).</summary>
    public async Task<IActionResult> OnPostApproveExtensionAsync(long id, [FromServices] ExtensionRequests.ApproveExtension action, CancellationToken ct) =>
        await OwnExtensionAsync(id, ct)
            ? await RunAsync(id, "延期已批准", "approveExtension", () => action.RunAsync(Form.ExtensionRequestId!.Value,
                new ExtensionRequests.ApproveExtensionRequest(Form.ApprovedDueOn, Form.Comment?.Trim(), Form.Version), ct), ct)
            : NotFound();

    /// <summary>不批准延期: with the reason; the deadline stands.</summary>
    public async Task<IActionResult> OnPostRejectExtensionAsync(long id, [FromServices] ExtensionRequests.RejectExtension action, CancellationToken ct) =>
        await OwnExtensionAsync(id, ct)
            ? await RunAsync(id, "已不批准延期申请", "rejectExtension", () => action.RunAsync(Form.ExtensionRequestId!.Value,
                new ExtensionRequests.RejectExtensionRequest(Form.Reason?.Trim(), Form.Version), ct), ct)
            : NotFound();

    /// <summary>Whether the user is the supervising body of this sheet: they decide its extension requests here.</summary>
    public bool MayDecideExtensions => Me.SupervisingBody is { } body && body == Sheet.SupervisingBody;

    // The decision is of a request of this sheet, by a supervising body (the use case refuses another body with 403).
    private async Task<bool> OwnExtensionAsync(long id, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        return user.SupervisingBody is not null && Form.ExtensionRequestId is { } requestId
            && await db.AssignmentSheets.AnyAsync(s => s.Id == id && s.Rounds.Any(r => r.ExtensionRequests.Any(e => e.Id == requestId)), ct);
    }

    /// <summary>汇报: the department answers the supervising body's report request on this matter.</summary>
    public async Task<IActionResult> OnPostReportAsync(long id, [FromServices] AnswerReport action, CancellationToken ct) =>
        await OwnRequestAsync(id, await db.ReportRequests.Where(r => r.Id == Form.RequestId).Select(r => new Addressee(r.MatterId, r.DepartmentId)).FirstOrDefaultAsync(ct), ct)
            ? await RunAsync(id, "已汇报", "report", () => action.RunAsync(Form.RequestId!.Value, new AnswerReportRequest(Form.Report?.Trim(), Form.Version), ct), ct)
            : NotFound();

    /// <summary>调阅: the department provides the materials the supervising body called up.</summary>
    public async Task<IActionResult> OnPostMaterialsAsync(long id, [FromServices] ProvideMaterials action, CancellationToken ct) =>
        await OwnRequestAsync(id, await db.MaterialsRequests.Where(r => r.Id == Form.RequestId).Select(r => new Addressee(r.MatterId, r.DepartmentId)).FirstOrDefaultAsync(ct), ct)
            ? await RunAsync(id, "材料已报送", "materials", () => action.RunAsync(Form.RequestId!.Value, new ProvideMaterialsRequest(Form.MaterialsProvided?.Trim(), Form.Version), ct), ct)
            : NotFound();

    /// <summary>附件: the attachments API's upload, for this sheet (owner AssignmentSheet, id).</summary>
    public async Task<IActionResult> OnPostUploadAsync(long id, [FromServices] MatterWork work, [FromServices] AttachmentStore store, CancellationToken ct)
    {
        Form.Description = Request.Form["description"];
        var user = await current.RequireAsync(ct);
        var matterId = await db.AssignmentSheets.Where(s => s.Id == id).OfDepartment(user).Select(s => (long?)s.MatterId).FirstOrDefaultAsync(ct);
        return matterId is null || Request.Form["ownerId"] != id.ToString(System.Globalization.CultureInfo.InvariantCulture) || Request.Form["ownerType"] != OwnerType
            ? NotFound()
            : await RunAsync(id, "附件已上传", "upload", () => AttachmentsApi.UploadAsync(matterId.Value, Request, work, store, clock, ct), ct);
    }

    private async Task<IActionResult> RunAsync(long id, string done, string action, Func<Task<IResult>> run, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        var outcome = await forms.RunOnceAsync($"sheet.{action}.page", Form.FormToken, run, ct);
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
        FormAction.AddErrors(ModelState, outcome, nameof(Form), SheetForm.Fields);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    // A request answered from this page is one addressed to the user's department about this sheet's matter.
    private async Task<bool> OwnRequestAsync(long id, Addressee? request, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var matterId = await db.AssignmentSheets.Where(s => s.Id == id).OfDepartment(user).Select(s => (long?)s.MatterId).FirstOrDefaultAsync(ct);
        return matterId is not null && request is not null && request.MatterId == matterId && request.DepartmentId == user.DepartmentId;
    }

    private sealed record Addressee(long MatterId, long DepartmentId);

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        Me = await current.RequireAsync(ct);
        if (await queries.GetAsync(id, ct) is not Ok<AssignmentSheetView> { Value: { } sheet })
        {
            return false;
        }

        Sheet = sheet;
        Today = clock.Today();
        Soon = (await calendars.GetAsync(ct)).AddWorkingDays(Today, (await rules.GetAsync(ct)).DueSoonWorkingDays).DueOn;
        MatterSummary = await db.Matters.Where(m => m.Id == sheet.MatterId).Select(m => m.Summary).SingleAsync(ct);
        var departmentIds = sheet.CoHandlingDepartmentIds.Append(sheet.HandlingDepartmentId).ToList();
        Departments = await db.Departments.Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var userIds = sheet.Rounds.SelectMany(r => r.ProgressNotes.Select(n => n.WrittenByUserId).Concat(r.ExtensionRequests.Select(e => e.RequestedByUserId))
                .Append(r.Result?.SubmittedByUserId ?? "").Append(r.ReviewedByUserId ?? ""))
            .Append(sheet.HandlerUserId ?? "").Append(sheet.IssuedByUserId).Distinct().ToList();
        People = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Attachments = await db.Attachments.AsNoTracking().Where(a => a.MatterId == sheet.MatterId && a.OwnerType == OwnerType && a.OwnerId == id)
            .OrderBy(a => a.Id).ToListAsync(ct);
        if (Me.DepartmentId is { } department)
        {
            Reports = await db.ReportRequests.AsNoTracking().Include(r => r.Deadline)
                .Where(r => r.MatterId == sheet.MatterId && r.DepartmentId == department).OrderBy(r => r.Id).ToListAsync(ct);
            MaterialsCalls = await db.MaterialsRequests.AsNoTracking().Include(r => r.Deadline)
                .Where(r => r.MatterId == sheet.MatterId && r.DepartmentId == department).OrderBy(r => r.Id).ToListAsync(ct);
        }

        if (!IsStale)
        {
            Form.Version = sheet.Version;
        }

        Form.FormToken = FormAction.NewToken();
        return true;
    }

    public string NameOf(string? userId) => userId is not null && People.TryGetValue(userId, out var name) ? name : "—";

    public bool IsHandlingStaff => Me.IsDepartmentStaff && Me.DepartmentId == Sheet.HandlingDepartmentId;

    public bool IsCoHandlingStaff => Me.IsDepartmentStaff && Me.DepartmentId is { } d && Sheet.CoHandlingDepartmentIds.Contains(d);
}
