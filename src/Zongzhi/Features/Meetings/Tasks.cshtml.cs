using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zongzhi.Features.Matters;
using Zongzhi.Features.Supervision;
using Zongzhi.Platform;

namespace Zongzhi.Features.Meetings;

/// <summary>我的例会任务: the open monthly meeting tasks the user or their department owns, each marked done with a note.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MeetingTasksModel(CompleteMonthlyMeetingTask complete, TownClock clock, FormAction forms) : PageModel
{
    [BindProperty]
    public MeetingForm Form { get; set; } = new();

    public IReadOnlyList<MonthlyMeetingView.TaskView> Tasks { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool IsStale { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        // A second post of the same form (a double click, or a retry after a lost answer) lands where the first one led.
        var once = await forms.RunOnceAsync($"meeting.completeTask.{Form.TaskId}.page", Form.FormToken,
            () => complete.RunAsync(Form.TaskId ?? 0, new CompleteMeetingTaskRequest(Form.Note, Form.Version), cancellationToken), cancellationToken);
        var outcome = once is null ? null : PageOutcome.Apply(once, ModelState);
        if (outcome is null || outcome.Succeeded)
        {
            TempData["Message"] = "任务已标记完成";
            return RedirectToPage();
        }

        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        IsStale = outcome.IsStale;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today();
        Form.FormToken = FormAction.NewToken();
        Tasks = await complete.MineAsync(cancellationToken);
    }
}
