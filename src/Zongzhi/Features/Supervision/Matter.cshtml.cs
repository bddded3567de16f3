using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.ExtensionRequests;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Supervision;

/// <summary>
/// 督办: a matter's supervision records and actions. The supervising body reminds, calls up materials, requires a report,
/// convenes a coordination meeting and records its minutes and decisions (tracked tasks); the departments provide the
/// materials, report and complete their tasks. Each form calls the API's use case, so scope, audit and versions are the same.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SuperviseMatterModel(ZongzhiDb db, SupervisionRecords records, CurrentUser current, IServiceProvider services, FormAction forms) : PageModel
{
    public sealed record PendingExtension(long Id, string SheetNumber, string Reason, DateOnly DueOnAtRequest, DateOnly ProposedDueOn);

    [BindProperty]
    public SupervisionForm Form { get; set; } = new();

    public SupervisionRecordsView Records { get; private set; } = null!;

    public string MatterNumber { get; private set; } = "";

    public string MatterSummary { get; private set; } = "";

    public CurrentUser.Snapshot Me { get; private set; } = null!;

    public IReadOnlyDictionary<long, string> Departments { get; private set; } = new Dictionary<long, string>();

    public IReadOnlyList<PendingExtension> Extensions { get; private set; } = [];

    /// <summary>The form that was posted and refused (its messages are shown beside its fields).</summary>
    public string? Posted { get; private set; }

    public bool IsStale { get; private set; }

    public bool MaySupervise => Me.SupervisingBody == Records.Track;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRemindAsync(long id, CancellationToken ct) => RunAsync(id, "Remind", "已催办", () =>
        Use<SendReminder>().RunAsync(id, new ReminderRequest(Form.Message, Form.Version), ct), ct);

    public Task<IActionResult> OnPostMaterialsAsync(long id, CancellationToken ct) => RunAsync(id, "Materials", "已发出调阅要求", () =>
        Use<CallForMaterials>().RunAsync(id, new CallForMaterialsRequest(Form.DepartmentId, Form.MaterialsWanted, Form.DueOn, Form.Version), ct), ct);

    public Task<IActionResult> OnPostReportAsync(long id, CancellationToken ct) => RunAsync(id, "Report", "已要求汇报", () =>
        Use<RequireReport>().RunAsync(id, new RequireReportRequest(Form.DepartmentId, null, Form.Subject, Form.DueOn, Form.Version), ct), ct);

    public Task<IActionResult> OnPostMeetingAsync(long id, CancellationToken ct) => RunAsync(id, "Meeting", "已召集协调会", () =>
        Use<ConveneMeeting>().RunAsync(id, new ConveneMeetingRequest(Form.Topic, Form.DepartmentIds, Form.HeldOn, Form.Place, Form.Version), ct), ct);

    public Task<IActionResult> OnPostOutcomeAsync(long id, CancellationToken ct) => RunAsync(id, "Outcome", "协调会纪要已记录，议定事项已列入督办", () =>
        Use<RecordMeetingOutcome>().RunAsync(Form.RecordId ?? 0, new MeetingOutcomeRequest(
            (Form.Attendees ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Form.Minutes,
            Form.Decisions.Where(d => !string.IsNullOrWhiteSpace(d.Description) || d.OwnerDepartmentId is not null || d.DueOn is not null)
                .Select(d => new DecisionRequest(d.Description, d.OwnerDepartmentId, d.DueOn)).ToList(), Form.Version), ct), ct);

    public Task<IActionResult> OnPostProvideAsync(long id, CancellationToken ct) => RunAsync(id, "Provide", "材料已提供", () =>
        Use<ProvideMaterials>().RunAsync(Form.RecordId ?? 0, new ProvideMaterialsRequest(Form.MaterialsProvided, Form.Version), ct), ct);

    public Task<IActionResult> OnPostAnswerAsync(long id, CancellationToken ct) => RunAsync(id, "Answer", "已汇报", () =>
        Use<AnswerReport>().RunAsync(Form.RecordId ?? 0, new AnswerReportRequest(Form.Report, Form.Version), ct), ct);

    public Task<IActionResult> OnPostCompleteAsync(long id, CancellationToken ct) => RunAsync(id, "Complete", "议定事项已完成", () =>
        Use<CompleteMeetingTask>().RunAsync(Form.RecordId ?? 0, new CompleteTaskRequest(Form.Note, Form.Version), ct), ct);

    /// <summary>批准延期 of one of this matter's sheets (the supervising body), with the matter's version.</summary>
    public Task<IActionResult> OnPostApproveExtensionAsync(long id, CancellationToken ct) => RunAsync(id, "ApproveExtension", "交办单延期已批准", () =>
        Use<ApproveExtension>().RunAsync(Form.RecordId ?? 0, new ApproveExtensionRequest(Form.ApprovedDueOn, Form.Comment, Form.Version), ct), ct);

    /// <summary>不批准延期 of one of this matter's sheets, with the reason.</summary>
    public Task<IActionResult> OnPostRejectExtensionAsync(long id, CancellationToken ct) => RunAsync(id, "RejectExtension", "已不批准该交办单延期", () =>
        Use<RejectExtension>().RunAsync(Form.RecordId ?? 0, new RejectExtensionRequest(Form.Reason, Form.Version), ct), ct);

    private T Use<T>() where T : notnull => services.GetRequiredService<T>();

    private async Task<IActionResult> RunAsync(long id, string form, string done, Func<Task<IResult>> action, CancellationToken cancellationToken)
    {
        var supervising = form is "Remind" or "Materials" or "Report" or "Meeting" or "Outcome" or "ApproveExtension" or "RejectExtension";
        // The API's policies: Supervisor for the powers, DepartmentStaff for the answers; the use cases check the rest.
        if (supervising ? !User.IsInRole(Roles.CenterDirector) && !User.IsInRole(Roles.PartyGovernmentOffice)
            : !User.IsInRole(Roles.DepartmentHandler) && !User.IsInRole(Roles.DepartmentHead))
        {
            return Forbid();
        }

        // An extension decision must be of a request of this matter's sheets (the use case checks the body and the state).
        if (form is "ApproveExtension" or "RejectExtension" && !await db.AssignmentSheets.AnyAsync(
                s => s.MatterId == id && s.Rounds.Any(r => r.ExtensionRequests.Any(e => e.Id == Form.RecordId)), cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var outcome = await forms.RunOnceAsync("supervision.page", Form.FormToken, action, cancellationToken);
            if (outcome is null || outcome.Succeeded)
            {
                TempData["Message"] = done;
                return RedirectToPage(new { id });
            }

            if (outcome.IsNotFound)
            {
                return NotFound();
            }

            PageOutcome.Apply(outcome, ModelState);
            IsStale = outcome.IsStale;
        }

        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Form.Attendees[", StringComparison.Ordinal)).ToList())
        {
            ModelState.AddModelError("Form.Attendees", ModelState[key]!.Errors[0].ErrorMessage);
        }

        Posted = form;
        db.ChangeTracker.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        Me = await current.RequireAsync(cancellationToken);
        if (await records.GetAsync(id, cancellationToken) is not Ok<SupervisionRecordsView> found)
        {
            return false;
        }

        Records = found.Value!;
        var matter = await db.Matters.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.Number, m.Summary }).SingleAsync(cancellationToken);
        (MatterNumber, MatterSummary) = (matter.Number, matter.Summary);
        Departments = await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
            .ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        Extensions = await (from s in db.AssignmentSheets.AsNoTracking()
                            where s.MatterId == id
                            from r in s.Rounds
                            from e in r.ExtensionRequests
                            where e.Status == ExtensionRequestStatus.Pending
                            select new PendingExtension(e.Id, s.Number, e.Reason, e.DueOnAtRequest, e.ProposedDueOn)).ToListAsync(cancellationToken);
        Form.FormToken = FormAction.NewToken();
        if (!IsStale)
        {
            Form.Version = Records.Version;
        }

        return true;
    }

    /// <summary>Whether the refused form was this one (for this record), so its fields show the messages.</summary>
    public bool IsPosted(string form, long? recordId = null) => Posted == form && (recordId is null || Form.RecordId == recordId);

    public string DepartmentName(long id) => Departments.GetValueOrDefault(id, "");
}
