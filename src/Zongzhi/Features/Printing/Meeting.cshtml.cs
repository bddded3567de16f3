using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using Zongzhi.Platform;

namespace Zongzhi.Features.Printing;

/// <summary>
/// 协调会纪要: a coordination meeting with its attendees, minutes and decided tasks (owner, last day, completion).
/// Department staff see it only if their department was convened or owns a task; others as the matter; else 404.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MeetingModel(PrintSupport print) : PageModel
{
    public PrintSupport Print => print;

    public CoordinationMeeting Meeting { get; private set; } = null!;

    public Matter Matter { get; private set; } = null!;

    public IReadOnlyDictionary<long, string> Departments { get; private set; } = new Dictionary<long, string>();

    public string Convener { get; private set; } = "";

    public string Body => print.BodyName(Meeting.ConvenedBy);

    public string Number => DocumentNumber.Format(DocumentNumber.Minutes, Meeting.HeldOn, Meeting.Id);

    public string DepartmentName(long id) => Departments.GetValueOrDefault(id, "");

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var user = await print.UserAsync(cancellationToken);
        var meeting = await print.Db.CoordinationMeetings.AsNoTracking().Include(m => m.Tasks).ThenInclude(t => t.Deadline).AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        var concerned = meeting is not null && (!user.IsDepartmentStaff
            || meeting.DepartmentIds.Contains(user.DepartmentId!.Value) || meeting.Tasks.Any(t => t.OwnerDepartmentId == user.DepartmentId));
        var matter = concerned ? await print.MatterAsync(user, meeting!.MatterId, cancellationToken) : null;
        if (meeting is null || matter is null)
        {
            return NotFound();
        }

        Meeting = meeting;
        Matter = matter;
        Departments = await print.DepartmentNamesAsync(meeting.DepartmentIds.Concat(meeting.Tasks.Select(t => t.OwnerDepartmentId)), cancellationToken);
        Convener = (await print.UserNamesAsync([meeting.ConvenedByUserId], cancellationToken)).GetValueOrDefault(meeting.ConvenedByUserId, "");
        await print.RecordAsync("CoordinationMeeting", meeting.Id, "协调会纪要", matter.Id, cancellationToken);
        return Page();
    }
}
