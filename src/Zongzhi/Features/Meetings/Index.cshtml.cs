using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Supervision;
using Zongzhi.Platform;

namespace Zongzhi.Features.Meetings;

/// <summary>综治例会记录: the meetings recorded, and the center director's form to record one with its tasks.</summary>
[Authorize(Policy = MeetingPolicies.Reader)]
public sealed class MeetingsIndexModel(ZongzhiDb db, RecordMonthlyMeeting record, TownClock clock) : PageModel
{
    public sealed record Row(long Id, string Month, DateOnly HeldOn, int Tasks, int OpenTasks);

    [BindProperty]
    public MeetingForm Form { get; set; } = new();

    public IReadOnlyList<Row> Meetings { get; private set; } = [];

    public OwnerChoices Owners { get; private set; } = new([], []);

    public bool IsWriter => User.IsInRole(Roles.CenterDirector);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form.Month = ReportMonth.Of(clock.Today()).Previous.ToString();
        Form.HeldOn = clock.Today();
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!IsWriter)
        {
            return Forbid();
        }

        ModelState.Clear();
        var tasks = Form.Tasks.Where(t => !t.IsBlank).ToList();
        var result = await record.RunAsync(new RecordMeetingRequest(Form.Month, Form.HeldOn, Form.AttendeeList(), Form.Minutes,
            [.. tasks.Select(t => t.ToRequest())]), cancellationToken);
        Form.Tasks = [.. tasks];
        var outcome = PageOutcome.Apply(result, ModelState);
        if (outcome.Succeeded)
        {
            var id = await db.MonthlyMeetings.Where(m => m.Month == ReportMonth.Parse(Form.Month)!.Value).Select(m => m.Id).FirstAsync(cancellationToken);
            TempData["Message"] = "例会记录已保存";
            return Redirect($"/Meetings/{id}");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Form.PadTasks();
        var meetings = await db.MonthlyMeetings.AsNoTracking().OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).Take(60)
            .Select(m => new { m.Id, m.Month, m.HeldOn, Tasks = m.Tasks.Count, Open = m.Tasks.Count(t => t.CompletedAt == null) }).ToListAsync(cancellationToken);
        Meetings = [.. meetings.Select(m => new Row(m.Id, m.Month.ToString(), m.HeldOn, m.Tasks, m.Open))];
        Owners = await OwnerChoices.LoadAsync(db, cancellationToken);
    }
}
