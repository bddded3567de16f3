using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Matters;
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
        if (message.MatterId is { } matterId && recipients.Count > 0
            && (await RespondentsAsync([matterId], cancellationToken)).TryGetValue(matterId, out var respondents))
        {
            recipients.RemoveAll(respondents.Contains);
        }

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
        // Filtering on the users too lets the unique (UserId, DedupKey) index answer; DedupKey alone scanned every
        // notification ever sent, once per 500 keys (issue 8: seconds per pass at 1M matters).
        var users = batch.SelectMany(b => b.UserIds).Where(u => !string.IsNullOrEmpty(u)).Distinct(StringComparer.Ordinal).ToList();
        var sent = new HashSet<(string UserId, string DedupKey)>();
        foreach (var chunk in keys.Chunk(500))
        {
            foreach (var n in await db.Notifications.Where(n => users.Contains(n.UserId) && chunk.Contains(n.DedupKey)).Select(n => new { n.UserId, n.DedupKey }).ToListAsync(cancellationToken))
            {
                sent.Add((n.UserId, n.DedupKey));
            }
        }

        foreach (var n in db.Notifications.Local)
        {
            sent.Add((n.UserId, n.DedupKey));
        }

        var respondents = await RespondentsAsync(batch.Select(b => b.Message.MatterId).OfType<long>(), cancellationToken);
        var now = clock.UtcNow();
        var added = 0;
        foreach (var (userIds, message) in batch)
        {
            var excluded = message.MatterId is { } matterId ? respondents.GetValueOrDefault(matterId) : null;
            foreach (var userId in userIds.Where(u => !string.IsNullOrEmpty(u) && excluded?.Contains(u) != true))
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

    /// <summary>
    /// The respondent rule (STYLE.md §4) for notifications: per matter, the users it must never be announced to — a
    /// user named as respondent, and the handlers and heads of a department named as respondent (as MatterAccess hides it).
    /// </summary>
    private async Task<Dictionary<long, HashSet<string>>> RespondentsAsync(IEnumerable<long> matterIds, CancellationToken cancellationToken)
    {
        var ids = matterIds.Distinct().ToList();
        var parties = new List<(long MatterId, string? UserId, long? DepartmentId)>();
        // A matter of this unit of work whose parties are all in memory (just registered, or loaded with them) needs no read.
        var inMemory = db.Matters.Local.Where(m => ids.Contains(m.Id)).ToList()
            .Where(m => db.Entry(m).Collection(x => x.Parties).IsLoaded).Select(m => m.Id).ToHashSet();
        foreach (var chunk in ids.Where(id => !inMemory.Contains(id)).Chunk(500))
        {
            var found = await db.Matters.Where(m => chunk.Contains(m.Id) && m.Parties.Any(p => p.Role == PartyRole.Respondent && (p.LinkedUserId != null || p.DepartmentId != null)))
                .Select(m => new { m.Id, Respondents = m.Parties.Where(p => p.Role == PartyRole.Respondent).Select(p => new { p.LinkedUserId, p.DepartmentId }).ToList() })
                .AsNoTracking().ToListAsync(cancellationToken);
            parties.AddRange(found.SelectMany(m => m.Respondents.Select(p => (m.Id, p.LinkedUserId, p.DepartmentId))));
        }

        // A matter changed in this unit of work (not saved yet) counts as it stands.
        foreach (var matter in db.Matters.Local.Where(m => ids.Contains(m.Id)))
        {
            parties.AddRange(matter.Parties.Where(p => p.Role == PartyRole.Respondent).Select(p => (matter.Id, p.LinkedUserId, p.DepartmentId)));
        }

        var result = new Dictionary<long, HashSet<string>>();
        var staff = new Dictionary<long, List<string>>();
        foreach (var (matterId, userId, departmentId) in parties)
        {
            var set = result.TryGetValue(matterId, out var existing) ? existing : result[matterId] = new HashSet<string>(StringComparer.Ordinal);
            if (userId is not null)
            {
                set.Add(userId);
            }

            if (departmentId is { } department)
            {
                if (!staff.TryGetValue(department, out var members))
                {
                    staff[department] = members = await DepartmentStaffAsync(department, cancellationToken);
                }

                set.UnionWith(members);
            }
        }

        return result;
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
