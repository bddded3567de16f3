using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform;

namespace Zongzhi.Features.Notifications;

/// <summary>
/// Adds notifications to the current unit of work, so they commit with the change they announce (D2). Resolves
/// recipients by role and scope; a notification already present for the same user and key is not added again.
/// </summary>
public sealed class Notifier(ZongzhiDb db, TownClock clock)
{
    public sealed record Message(NotificationKind Kind, string Title, string Body, string? Link, long? MatterId, string DedupKey);

    public async Task<int> SendAsync(IEnumerable<string> userIds, Message message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var recipients = userIds.Where(u => !string.IsNullOrEmpty(u)).Distinct(StringComparer.Ordinal).ToList();
        if (recipients.Count == 0)
        {
            return 0;
        }

        var already = await db.Notifications.Where(n => recipients.Contains(n.UserId) && n.DedupKey == message.DedupKey)
            .Select(n => n.UserId).ToListAsync(cancellationToken);
        var pending = db.Notifications.Local.Where(n => n.DedupKey == message.DedupKey).Select(n => n.UserId);
        var now = clock.UtcNow();
        var added = 0;
        foreach (var userId in recipients.Except(already).Except(pending))
        {
            db.Notifications.Add(new Notification
            {
                UserId = userId,
                Kind = message.Kind,
                Title = Truncate(message.Title, 200),
                Body = Truncate(message.Body, 2000),
                Link = message.Link,
                MatterId = message.MatterId,
                DedupKey = message.DedupKey,
                CreatedAt = now,
            });
            added++;
        }

        return added;
    }

    /// <summary>
    /// Sends many messages with one dedup look-up per 500 keys instead of one per message (the deadline monitor
    /// announces thousands at once); the same once-only rule as <see cref="SendAsync"/>.
    /// </summary>
    public async Task<int> SendManyAsync(IReadOnlyList<(IReadOnlyList<string> UserIds, Message Message)> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var keys = batch.Select(b => b.Message.DedupKey).Distinct(StringComparer.Ordinal).ToList();
        var sent = new HashSet<(string UserId, string DedupKey)>();
        foreach (var chunk in keys.Chunk(500))
        {
            foreach (var n in await db.Notifications.Where(n => chunk.Contains(n.DedupKey)).Select(n => new { n.UserId, n.DedupKey }).ToListAsync(cancellationToken))
            {
                sent.Add((n.UserId, n.DedupKey));
            }
        }

        foreach (var n in db.Notifications.Local)
        {
            sent.Add((n.UserId, n.DedupKey));
        }

        var now = clock.UtcNow();
        var added = 0;
        foreach (var (userIds, message) in batch)
        {
            foreach (var userId in userIds.Where(u => !string.IsNullOrEmpty(u)))
            {
                if (!sent.Add((userId, message.DedupKey)))
                {
                    continue;
                }

                db.Notifications.Add(new Notification
                {
                    UserId = userId,
                    Kind = message.Kind,
                    Title = Truncate(message.Title, 200),
                    Body = Truncate(message.Body, 2000),
                    Link = message.Link,
                    MatterId = message.MatterId,
                    DedupKey = message.DedupKey,
                    CreatedAt = now,
                });
                added++;
            }
        }

        return added;
    }

    /// <summary>Active users holding <paramref name="role"/>, optionally within one department.</summary>
    public Task<List<string>> UsersInRoleAsync(string role, long? departmentId = null, CancellationToken cancellationToken = default) =>
        (from user in db.Users
         join userRole in db.UserRoles on user.Id equals userRole.UserId
         join r in db.Roles on userRole.RoleId equals r.Id
         where r.Name == role && !user.IsDisabled && (departmentId == null || user.DepartmentId == departmentId)
         select user.Id).Distinct().ToListAsync(cancellationToken);

    /// <summary>The users who act for a supervising body: the center director(s), or the party/government office.</summary>
    public Task<List<string>> SupervisorsAsync(SupervisionTrack track, CancellationToken cancellationToken = default) =>
        UsersInRoleAsync(track == SupervisionTrack.Center ? Roles.CenterDirector : Roles.PartyGovernmentOffice, null, cancellationToken);

    /// <summary>A department's handlers and heads.</summary>
    public async Task<List<string>> DepartmentStaffAsync(long departmentId, CancellationToken cancellationToken = default)
    {
        var handlers = await UsersInRoleAsync(Roles.DepartmentHandler, departmentId, cancellationToken);
        handlers.AddRange(await UsersInRoleAsync(Roles.DepartmentHead, departmentId, cancellationToken));
        return handlers;
    }

    // Notification text is generated by the product; clip rather than fail if a summary makes it long.
    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
