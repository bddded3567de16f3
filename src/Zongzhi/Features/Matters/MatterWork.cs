using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Calendar;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Matters;

/// <summary>
/// Runs one action on a matter as one unit of work: loads the matter within the user's scope (outside it: 404),
/// lets the action change it through the domain, then saves the change, its audit entry and its notifications in one
/// SaveChangesAsync. Every action moves the matter's version, so of two concurrent actions on one matter — or a save
/// based on a stale read (the client's <c>version</c>) — one succeeds and the other gets 409 "已被他人修改".
/// </summary>
public sealed class MatterWork(
    ZongzhiDb db, MatterAccess access, CurrentUser current, AuditTrail audit, TownClock clock,
    CalendarSource calendars, RuleSettingsSource rules, Notifier notifier)
{
    /// <summary>What an action gets: the loaded matter, the acting user, the instant and the town's date.</summary>
    public sealed class Context(MatterWork work, Matter matter, CurrentUser.Snapshot user, DateTime now, DateOnly today, CancellationToken cancellationToken)
    {
        public Matter Matter { get; } = matter;

        public CurrentUser.Snapshot User { get; } = user;

        public DateTime Now { get; } = now;

        public DateOnly Today { get; } = today;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public ZongzhiDb Db => work.Db;

        public Notifier Notifier => work.Notifier;

        /// <summary>Facts for the audit entry (ids, states, counts — never personal data).</summary>
        public object? AuditDetails { get; set; }

        public Task<WorkCalendar> CalendarAsync() => work.Calendars.GetAsync(CancellationToken);

        public Task<DeadlineRules> RulesAsync() => work.Rules.GetAsync(CancellationToken);

        public Task NotifyAsync(IEnumerable<string> userIds, Notifier.Message message) => work.Notifier.SendAsync(userIds, message, CancellationToken);
    }

    private ZongzhiDb Db => db;

    private Notifier Notifier => notifier;

    private CalendarSource Calendars => calendars;

    private RuleSettingsSource Rules => rules;

    /// <summary>Runs <paramref name="action"/>; <paramref name="respond"/> builds the success response (default 204).</summary>
    public async Task<IResult> RunAsync(
        long matterId, int? expectedVersion, string auditAction,
        Func<Context, Task<Result>> action, Func<Context, IResult>? respond = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        var user = await current.RequireAsync(cancellationToken);
        var matter = await access.Visible(user).Where(m => m.Id == matterId)
            .Include(m => m.Parties).Include(m => m.Callbacks).AsSplitQuery().FirstOrDefaultAsync(cancellationToken);
        if (matter is null)
        {
            return Problems.From(new NotFoundError("未找到该事项"));
        }

        var entry = db.Entry(matter).Property<int>(ZongzhiDb.VersionProperty);
        if (expectedVersion is { } version)
        {
            if (version != entry.CurrentValue)
            {
                return Problems.Stale();
            }

            entry.OriginalValue = version;
        }

        var now = clock.UtcNow();
        var context = new Context(this, matter, user, now, clock.DateOf(now), cancellationToken);
        var statusBefore = matter.Status;
        var result = await action(context);
        if (!result.IsSuccess)
        {
            return Problems.From(result.Error!);
        }

        entry.IsModified = true;
        // What changed: the action's own details, or else the status it moved the matter to.
        audit.Record("Matter", matter.Id, auditAction, context.AuditDetails
            ?? (matter.Status != statusBefore ? new { status = matter.Status.ToString(), previousStatus = statusBefore.ToString() } : null));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Stale();
        }
        catch (DbUpdateException exception) when (ConcurrentWrites.IsUniqueViolation(exception))
        {
            // A concurrent action on the same matter wrote the same notification or record first.
            return Problems.Stale();
        }

        return respond?.Invoke(context) ?? TypedResults.NoContent();
    }
}
