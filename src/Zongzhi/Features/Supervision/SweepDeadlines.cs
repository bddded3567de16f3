using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Features.Calendar;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform;

namespace Zongzhi.Features.Supervision;

/// <summary>
/// One pass of the deadline monitor for the town's date: due-soon warnings (临期, the configured
/// number of working days before the last day) and overdue alerts (超期, from 00:00 after the last day) to everyone
/// the deadline concerns. Each fact is announced once: a <see cref="DeadlineAlert"/> row, unique per deadline, kind and
/// last day, commits with its notifications, unique per user and fact (dedup key). A pass covers every due fact (no cap),
/// in chunks of <see cref="Chunk"/> deadlines, each saved in one <c>SaveChangesAsync</c>; a chunk that loses a race with
/// another node is skipped, and the next pass sees that node's rows.
/// </summary>
public sealed class SweepDeadlines(ZongzhiDb db, CalendarSource calendars, RuleSettingsSource rules, DeadlineOwners owners, Notifier notifier, TownClock clock)
{
    public const int Chunk = 5000;

    public sealed record Outcome(int Examined, int Alerts, int Notifications);

    public async Task<Outcome> RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var settings = await rules.GetAsync(cancellationToken);
        var horizon = settings.DueSoonWorkingDays == 0 ? today : calendar.AddWorkingDays(today, settings.DueSoonWorkingDays).DueOn;

        // Only open deadlines inside the window and not yet announced for their current last day: all of them (open
        // work, not history: the (MetOn, DueOn) index finds them), no ORDER BY Id LIMIT that would walk the table.
        var due = await db.Deadlines.AsNoTracking()
            .Where(d => d.MetOn == null && d.DueOn <= horizon)
            .Where(d => !db.Set<DeadlineAlert>().Any(a => a.DeadlineId == d.Id && a.DueOn == d.DueOn
                && ((d.DueOn < today && a.Kind == DeadlineAlertKind.Overdue) || (d.DueOn >= today && a.Kind == DeadlineAlertKind.DueSoon))))
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return new Outcome(0, 0, 0);
        }

        var alerts = 0;
        var sent = 0;
        foreach (var chunk in due.OrderBy(d => d.Id).Chunk(Chunk))
        {
            var (a, n) = await AnnounceAsync(chunk, today, calendar, cancellationToken);
            alerts += a;
            sent += n;
        }

        return new Outcome(due.Count, alerts, sent);
    }

    private async Task<(int Alerts, int Notifications)> AnnounceAsync(TrackedDeadline[] due, DateOnly today, WorkCalendar calendar, CancellationToken cancellationToken)
    {
        var resolved = await owners.ResolveAsync(due, cancellationToken);
        var matterIds = due.Where(d => d.MatterId != null).Select(d => d.MatterId!.Value).Distinct().ToList();
        var numbers = await db.Matters.Where(m => matterIds.Contains(m.Id)).Select(m => new { m.Id, m.Number })
            .ToDictionaryAsync(m => m.Id, m => m.Number, cancellationToken);
        var now = clock.UtcNow();
        var alerts = 0;
        var messages = new List<(IReadOnlyList<string>, Notifier.Message)>(due.Length);
        foreach (var deadline in due)
        {
            var overdue = deadline.DueOn < today;
            if (deadline.Subject == DeadlineSubject.Signing && !overdue)
            {
                continue;
            }

            var owner = resolved.GetValueOrDefault(deadline.Id) ?? new DeadlineOwners.Owner("期限", []);
            var kind = overdue ? DeadlineAlertKind.Overdue : DeadlineAlertKind.DueSoon;
            db.Set<DeadlineAlert>().Add(new DeadlineAlert { DeadlineId = deadline.Id, Kind = kind, DueOn = deadline.DueOn, CreatedAt = now, Recipients = owner.Recipients.Count });
            messages.Add((owner.Recipients, Message(deadline, kind, owner.What, numbers, calendar, today)));
            alerts++;
        }

        // One dedup and respondent look-up per chunk, not one query per deadline.
        var sent = await notifier.SendManyAsync(messages, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (alerts, sent);
        }
        catch (DbUpdateException)
        {
            // Another node announced some of these at the same moment; the next pass sees its rows and skips them.
            return (0, 0);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static Notifier.Message Message(TrackedDeadline deadline, DeadlineAlertKind kind, string what,
        Dictionary<long, string> numbers, WorkCalendar calendar, DateOnly today)
    {
        var number = deadline.MatterId is { } id && numbers.TryGetValue(id, out var n) ? n : "";
        var due = deadline.DueOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        var signing = deadline.Subject == DeadlineSubject.Signing;
        var title = kind == DeadlineAlertKind.Overdue
            ? (signing ? $"签收催办：{number} {what}未签收" : $"超期：{number} {what}已超过期限（{due}）")
            : $"临期：{number} {what}将于 {due} 到期（还剩 {calendar.WorkingDaysRemaining(today, deadline.DueOn)} 个工作日）";
        var body = deadline.IsProvisional ? title + "。该期限为暂定（节假日安排尚未公布）。" : title + "。";
        return new Notifier.Message(
            signing ? NotificationKind.SigningOverdue : kind == DeadlineAlertKind.Overdue ? NotificationKind.Overdue : NotificationKind.DueSoon,
            title, body, deadline.MatterId is { } matterId ? $"/Matters/Details/{matterId}" : null, deadline.MatterId,
            $"deadline:{deadline.Id}:{kind}:{deadline.DueOn:yyyy-MM-dd}");
    }
}
