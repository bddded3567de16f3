using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Platform;

namespace Zongzhi.Features.Notifications;

/// <summary>通知: the signed-in user's inbox, newest first (50 a page, keyset on the id), unread only on request; mark one or all read.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ZongzhiDb db, CurrentUser current, TownClock clock) : PageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "unread")]
    public bool UnreadOnly { get; set; }

    [FromQuery(Name = "before")]
    public long? Before { get; set; }

    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public long? NextBefore { get; private set; }

    public TownClock Clock => clock;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == user.Id);
        if (UnreadOnly) query = query.Where(n => n.ReadAt == null);
        if (Before is { } before) query = query.Where(n => n.Id < before);
        var page = await query.OrderByDescending(n => n.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        Items = page.Take(PageSize).ToList();
        NextBefore = page.Count > PageSize ? Items[^1].Id : null;
    }

    /// <summary>Opens the notification's page, marking it read on the way.</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken cancellationToken)
    {
        var notification = await MarkAsync(id, cancellationToken);
        return notification?.Link is { } link && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken cancellationToken)
    {
        return await MarkAsync(id, cancellationToken) is null ? NotFound() : RedirectToPage(new { unread = UnreadOnly ? "true" : null });
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var now = clock.UtcNow();
        await db.Notifications.Where(n => n.UserId == user.Id && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        TempData["Message"] = "已全部标为已读";
        return RedirectToPage();
    }

    // Another user's notification is not found (404), as every refused read.
    private async Task<Notification?> MarkAsync(long id, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == user.Id, cancellationToken);
        if (notification is { ReadAt: null })
        {
            notification.ReadAt = clock.UtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return notification;
    }
}
