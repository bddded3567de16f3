using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Matters;
using Zongzhi.Features.Supervision;
using Zongzhi.Platform;

namespace Zongzhi.Features.Meetings;

/// <summary>
/// 例会记录详情: the record, its tasks with their lights, the director's correction form (stale saves refused) and task
/// form, and the owners' completion form.
/// </summary>
[Authorize(Policy = MeetingPolicies.Reader)]
public sealed class MeetingDetailsModel(ZongzhiDb db, ReviseMonthlyMeeting revise, AddMonthlyMeetingTask addTask, CompleteMonthlyMeetingTask complete,
    CurrentUser current, TownClock clock, FormAction forms) : PageModel
{
    [BindProperty]
    public MeetingForm Form { get; set; } = new();

    public MonthlyMeetingView Meeting { get; private set; } = null!;

    public OwnerChoices Owners { get; private set; } = new([], []);

    public CurrentUser.Snapshot Me { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public bool IsStale { get; private set; }

    public bool IsWriter => User.IsInRole(Roles.CenterDirector);

    public bool Owns(MonthlyMeetingView.TaskView task) =>
        task is not null && ((task.OwnerUserId is not null && task.OwnerUserId == Me.Id)
            || (task.OwnerDepartmentId is not null && Me.IsDepartmentStaff && task.OwnerDepartmentId == Me.DepartmentId));

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, true, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostReviseAsync(long id, CancellationToken ct) =>
        RunAsync(id, "revise", true, "例会记录已修改", () => revise.RunAsync(id, new ReviseMeetingRequest(Form.HeldOn, Form.AttendeeList(), Form.Minutes, Form.Version), ct), ct);

    public Task<IActionResult> OnPostTaskAsync(long id, CancellationToken ct)
    {
        var row = Form.Tasks.FirstOrDefault() ?? new MeetingForm.TaskRow();
        return RunAsync(id, "task", true, "任务已布置", () => addTask.RunAsync(id, row.ToRequest(), ct), ct, "Form.Tasks[0]");
    }

    public Task<IActionResult> OnPostCompleteAsync(long id, CancellationToken ct) =>
        RunAsync(id, $"complete.{Form.TaskId}", false, "任务已标记完成", () => complete.RunAsync(Form.TaskId ?? 0, new CompleteMeetingTaskRequest(Form.Note, Form.Version), ct), ct);

    private async Task<IActionResult> RunAsync(long id, string operation, bool writer, string done, Func<Task<IResult>> action, CancellationToken cancellationToken,
        string prefix = "Form")
    {
        if (writer && !IsWriter)
        {
            return Forbid();
        }

        ModelState.Clear();
        // A second post of the same form (a double click, or a retry after a lost answer) lands where the first one led:
        // one task, one correction, one completion.
        var once = await forms.RunOnceAsync($"meeting.{id}.{operation}.page", Form.FormToken, action, cancellationToken);
        var outcome = once is null ? null : PageOutcome.Apply(once, ModelState, prefix);
        if (outcome is null || outcome.Succeeded)
        {
            TempData["Message"] = done;
            return Redirect($"/Meetings/{id}");
        }

        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        IsStale = outcome.IsStale;
        db.ChangeTracker.Clear();
        return await LoadAsync(id, false, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, bool fillForm, CancellationToken cancellationToken)
    {
        Me = await current.RequireAsync(cancellationToken);
        Today = clock.Today();
        Form.FormToken = FormAction.NewToken();
        var meeting = await db.MonthlyMeetings.AsNoTracking().Include(m => m.Tasks).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return false;
        }

        var versions = await db.MonthlyMeetingTasks.Where(t => t.MonthlyMeetingId == id)
            .Select(t => new { t.Id, Version = EF.Property<int>(t, ZongzhiDb.VersionProperty) }).ToDictionaryAsync(t => t.Id, t => t.Version, cancellationToken);
        var version = await db.MonthlyMeetings.Where(m => m.Id == id).Select(m => EF.Property<int>(m, ZongzhiDb.VersionProperty)).FirstAsync(cancellationToken);
        var owners = await MeetingOwners.LoadAsync(db, cancellationToken);
        Meeting = new MonthlyMeetingView(meeting.Id, meeting.Month.ToString(), meeting.HeldOn, meeting.Attendees, meeting.Minutes, meeting.RecordedByUserId,
            meeting.RecordedAt, meeting.RevisedAt, version,
            [.. meeting.Tasks.OrderBy(t => t.DueOn).ThenBy(t => t.Id).Select(t => MonthlyMeetingView.Task(t, versions.GetValueOrDefault(t.Id), owners))]);
        if (fillForm)
        {
            Form.HeldOn = meeting.HeldOn;
            Form.Attendees = string.Join("\n", meeting.Attendees);
            Form.Minutes = meeting.Minutes;
            Form.Version = version;
        }

        if (Form.Tasks.Count == 0)
        {
            Form.Tasks.Add(new MeetingForm.TaskRow());
        }

        Owners = await OwnerChoices.LoadAsync(db, cancellationToken);
        return true;
    }
}
