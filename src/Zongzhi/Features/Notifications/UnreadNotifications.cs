using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Platform;

namespace Zongzhi.Features.Notifications;

/// <summary>The signed-in user's unread count, for the badge in the header of every page (0 when nobody is signed in).</summary>
public sealed class UnreadNotifications(ZongzhiDb db, CurrentUser current)
{
    public async Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        await current.GetAsync(cancellationToken) is { } user
            ? await db.Notifications.CountAsync(n => n.UserId == user.Id && n.ReadAt == null, cancellationToken)
            : 0;
}
