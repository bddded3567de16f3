using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Assignments;
using Zongzhi.Platform;

namespace Zongzhi.Features.Printing;

/// <summary>
/// 催办通知单: the supervising body's reminder (催办) to the handling department of a sheet. Scope as the sheet: department
/// staff only for their department's sheets, others for the matters they may see; anything else is 404.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ReminderModel(PrintSupport print) : PageModel
{
    public PrintSupport Print => print;

    public Reminder Reminder { get; private set; } = null!;

    public AssignmentSheet Sheet { get; private set; } = null!;

    public Matter Matter { get; private set; } = null!;

    public string Department { get; private set; } = "";

    public string SentBy { get; private set; } = "";

    public string Number => DocumentNumber.Format(DocumentNumber.Reminder, print.Clock.DateOf(Reminder.SentAt), Reminder.Id);

    /// <summary>Where the sheet stood when chased: awaiting signing, or in handling with its last day.</summary>
    public string SheetState { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var user = await print.UserAsync(cancellationToken);
        var reminder = await print.Db.Reminders.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var sheet = reminder is null ? null
            : await print.Db.AssignmentSheets.AsNoTracking().Where(s => s.Id == reminder.AssignmentSheetId).OfDepartment(user).WithRounds()
                .FirstOrDefaultAsync(cancellationToken);
        var matter = sheet is null ? null : await print.MatterAsync(user, sheet.MatterId, cancellationToken);
        if (reminder is null || sheet is null || matter is null)
        {
            return NotFound();
        }

        Reminder = reminder;
        Sheet = sheet;
        Matter = matter;
        Department = (await print.DepartmentNamesAsync([reminder.DepartmentId], cancellationToken)).GetValueOrDefault(reminder.DepartmentId, "");
        SentBy = print.BodyName(reminder.SentBy);
        var sentOn = print.Clock.DateOf(reminder.SentAt);
        var round = sheet.Rounds.Where(r => r.StartedOn <= sentOn).OrderBy(r => r.RoundNumber).LastOrDefault();
        SheetState = sheet.ReceivedOn is null || sheet.ReceivedOn > sentOn || round is null
            ? $"于 {PrintSupport.Day(sheet.IssuedOn)} 交办，尚未签收"
            : $"于 {PrintSupport.Day(sheet.ReceivedOn.Value)} 签收，办理期限 {PrintSupport.Day(round.Deadline.DueOn)}";
        await print.RecordAsync("Reminder", reminder.Id, "催办通知单", matter.Id, cancellationToken);
        return Page();
    }
}
