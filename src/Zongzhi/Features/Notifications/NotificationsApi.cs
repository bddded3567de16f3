using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Platform;

namespace Zongzhi.Features.Notifications;

/// <summary><c>/api/notifications</c>: the signed-in user's inbox.</summary>
public static class NotificationsApi
{
    public sealed record NotificationView(long Id, NotificationKind Kind, string Title, string Body, string? Link, long? MatterId, DateTime CreatedAt, DateTime? ReadAt);

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization(Policies.Staff);
        group.MapGet("/", ListAsync).WithSummary("我的通知（unread=true 只看未读）");
        group.MapPost("/{id:long}/read", MarkReadAsync).WithSummary("标记为已读");
        group.MapPost("/read-all", MarkAllReadAsync).WithSummary("全部标记为已读");
        return app;
    }

    public static async Task<Ok<List<NotificationView>>> ListAsync(bool? unread, long? before, ZongzhiDb db, CurrentUser current, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == user.Id);
        if (unread == true)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        if (before is { } cursor)
        {
            query = query.Where(n => n.Id < cursor);
        }

        var items = await query.OrderByDescending(n => n.Id).Take(50)
            .Select(n => new NotificationView(n.Id, n.Kind, n.Title, n.Body, n.Link, n.MatterId, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(items);
    }

    public static async Task<Results<NoContent, NotFound>> MarkReadAsync(long id, ZongzhiDb db, CurrentUser current, TownClock clock, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == user.Id, cancellationToken);
        if (notification is null)
        {
            return TypedResults.NotFound();
        }

        notification.ReadAt ??= clock.UtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> MarkAllReadAsync(ZongzhiDb db, CurrentUser current, TownClock clock, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var now = clock.UtcNow();
        await db.Notifications.Where(n => n.UserId == user.Id && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return TypedResults.NoContent();
    }
}
