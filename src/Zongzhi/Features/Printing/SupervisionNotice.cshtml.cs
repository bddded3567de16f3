using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using Zongzhi.Platform;

namespace Zongzhi.Features.Printing;

/// <summary>
/// 督办通知单: the supervising body's call for materials (调阅, <c>/Print/Supervision/materials/{id}</c>) or report request
/// (汇报, <c>/Print/Supervision/report/{id}</c>) to a handling department, with the answer once given. Department staff see
/// only their department's; others those of the matters they may see; anything else is 404.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SupervisionNoticeModel(PrintSupport print) : PageModel
{
    public const string Materials = "materials";
    public const string Report = "report";

    /// <summary>One notice, whichever power it carries.</summary>
    public sealed record Notice(
        string Kind, long Id, long MatterId, long DepartmentId, SupervisionTrack RequestedBy, string RequestedByUserId, DateTime RequestedAt,
        TrackedDeadline Deadline, string Wanted, string? ReporterUserId, string? Answer, DateTime? AnsweredAt);

    public PrintSupport Print => print;

    public Notice Record { get; private set; } = null!;

    public Matter Matter { get; private set; } = null!;

    public string Department { get; private set; } = "";

    public string Body { get; private set; } = "";

    public string Number { get; private set; } = "";

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public string NameOf(string? userId) => userId is not null && Names.TryGetValue(userId, out var name) ? name : "";

    public bool IsMaterials => Record.Kind == Materials;

    public async Task<IActionResult> OnGetAsync(string kind, long id, CancellationToken cancellationToken)
    {
        var user = await print.UserAsync(cancellationToken);
        var notice = kind switch
        {
            Materials => await print.Db.MaterialsRequests.AsNoTracking().Include(r => r.Deadline).Where(r => r.Id == id)
                .Select(r => new Notice(Materials, r.Id, r.MatterId, r.DepartmentId, r.RequestedBy, r.RequestedByUserId, r.RequestedAt, r.Deadline,
                    r.MaterialsWanted, null, r.MaterialsProvided, r.ProvidedAt)).FirstOrDefaultAsync(cancellationToken),
            Report => await print.Db.ReportRequests.AsNoTracking().Include(r => r.Deadline).Where(r => r.Id == id)
                .Select(r => new Notice(Report, r.Id, r.MatterId, r.DepartmentId, r.RequestedBy, r.RequestedByUserId, r.RequestedAt, r.Deadline,
                    r.Subject, r.ReporterUserId, r.Report, r.ReportedAt)).FirstOrDefaultAsync(cancellationToken),
            _ => null,
        };
        // Department staff: only the notices addressed to their own department.
        var matter = notice is null || (user.IsDepartmentStaff && notice.DepartmentId != user.DepartmentId)
            ? null : await print.MatterAsync(user, notice.MatterId, cancellationToken);
        if (notice is null || matter is null)
        {
            return NotFound();
        }

        Record = notice;
        Matter = matter;
        Department = (await print.DepartmentNamesAsync([notice.DepartmentId], cancellationToken)).GetValueOrDefault(notice.DepartmentId, "");
        Body = print.BodyName(notice.RequestedBy);
        Names = await print.UserNamesAsync([notice.RequestedByUserId, notice.ReporterUserId], cancellationToken);
        Number = DocumentNumber.Format(IsMaterials ? DocumentNumber.MaterialsRequest : DocumentNumber.ReportRequest,
            print.Clock.DateOf(notice.RequestedAt), notice.Id);
        await print.RecordAsync(IsMaterials ? "MaterialsRequest" : "ReportRequest", notice.Id, "督办通知单", matter.Id, cancellationToken);
        return Page();
    }
}
