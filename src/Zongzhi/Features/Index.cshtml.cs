using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zongzhi.Data;
using Zongzhi.Features.Notifications;
using Zongzhi.Features.Workbench;
using Zongzhi.Platform;

namespace Zongzhi.Features;

/// <summary>首页: the workbench of the signed-in user (<see cref="WorkbenchQuery"/>); a short introduction for everyone else.</summary>
[AllowAnonymous]
public sealed class IndexModel(CurrentUser current, WorkbenchQuery workbench, ZongzhiDb db, TownClock clock) : PageModel
{
    public WorkbenchQuery.View? Workbench { get; private set; }

    public TownClock Clock => clock;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is { } user)
        {
            Workbench = await workbench.LoadAsync(user, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostReadAsync(long notificationId, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is null)
        {
            return Challenge();
        }

        await NotificationsApi.MarkReadAsync(notificationId, db, current, clock, cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is null)
        {
            return Challenge();
        }

        await NotificationsApi.MarkAllReadAsync(db, current, clock, cancellationToken);
        return RedirectToPage();
    }
}
