using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Assignments;
using Zongzhi.Features.Calendar;
using Zongzhi.Platform;

namespace Zongzhi.Features.Assignments;

/// <summary>
/// 我的交办单: the sheets of the user's own department (handling or co-handling), newest first, filtered by state or by
/// deadline (due soon, overdue), each with its traffic light; paged by keyset (<c>after</c> = the last id shown).
/// </summary>
[Authorize(Policy = Policies.DepartmentStaff)]
public sealed class IndexModel(ZongzhiDb db, CurrentUser current, CalendarSource calendars, RuleSettingsSource rules, TownClock clock, Matters.MatterAccess access) : PageModel
{
    public const int PageSize = 20;

    public sealed record Row(long Id, string Number, long MatterId, string MatterNumber, string Summary, bool IsCoHandling,
        AssignmentSheetStatus Status, DateOnly IssuedOn, DateOnly? DueOn, SheetLabels.Light? Light);

    [FromQuery(Name = "status")]
    public AssignmentSheetStatus? Status { get; set; }

    [FromQuery(Name = "due")]
    public string? Due { get; set; }

    [FromQuery(Name = "matter")]
    public long? MatterId { get; set; }

    /// <summary><c>open</c>: sheets whose matter awaits this department's report (汇报).</summary>
    [FromQuery(Name = "reports")]
    public string? Reports { get; set; }

    [FromQuery(Name = "after")]
    public long? After { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public long? NextAfter { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var department = user.DepartmentId ?? -1;
        var today = clock.Today();
        var soon = (await calendars.GetAsync(cancellationToken)).AddWorkingDays(today, (await rules.GetAsync(cancellationToken)).DueSoonWorkingDays).DueOn;
        // Only sheets of matters the user may see (the respondent rule, as the API's list).
        var visible = access.Visible(user);
        var sheets = db.AssignmentSheets.AsNoTracking().OfDepartment(user).Where(s => visible.Any(m => m.Id == s.MatterId));
        if (Status is { } status) sheets = sheets.Where(s => s.Status == status);
        if (MatterId is { } matter) sheets = sheets.Where(s => s.MatterId == matter);
        if (Reports == "open") sheets = sheets.Where(s => db.ReportRequests.Any(r => r.MatterId == s.MatterId && r.DepartmentId == department && r.ReportedAt == null));
        if (After is { } after) sheets = sheets.Where(s => s.Id < after);
        var rows = from s in sheets
                   join m in db.Matters on s.MatterId equals m.Id
                   let signing = s.Status == AssignmentSheetStatus.AwaitingReceipt
                   let dueOn = signing ? (DateOnly?)s.SigningDeadline.DueOn : s.Rounds.OrderByDescending(r => r.RoundNumber).Select(r => (DateOnly?)r.Deadline.DueOn).FirstOrDefault()
                   let metOn = signing ? s.SigningDeadline.MetOn : s.Rounds.OrderByDescending(r => r.RoundNumber).Select(r => r.Deadline.MetOn).FirstOrDefault()
                   select new { s.Id, s.Number, s.MatterId, MatterNumber = m.Number, m.Summary, IsCo = s.HandlingDepartmentId != department, s.Status, s.IssuedOn, dueOn, metOn };
        if (Due == "soon") rows = rows.Where(r => r.metOn == null && r.dueOn >= today && r.dueOn <= soon);
        if (Due == "overdue") rows = rows.Where(r => r.metOn == null && r.dueOn < today);
        var page = await rows.OrderByDescending(r => r.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        Rows = page.Take(PageSize).Select(r => new Row(r.Id, r.Number, r.MatterId, r.MatterNumber, r.Summary, r.IsCo, r.Status, r.IssuedOn,
            r.dueOn, r.dueOn is { } due ? SheetLabels.LightOf(due, r.Status == AssignmentSheetStatus.ResultAccepted ? r.metOn ?? due : r.metOn, today, soon) : null)).ToList();
        NextAfter = page.Count > PageSize ? Rows[^1].Id : null;
    }

    public bool IsCurrent(AssignmentSheetStatus? status, string? due) => Status == status && Due == due;
}
