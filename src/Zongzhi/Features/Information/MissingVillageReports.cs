using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Information;

/// <summary>
/// 未上报村(社区): after the due day (<see cref="InformationOptions.VillageReportDueDay"/> of the next month) the active
/// villages without a submitted report for the month; 催报 reminds each such village's reporters once per month.
/// </summary>
public sealed class MissingVillageReports(ZongzhiDb db, Notifier notifier, AuditTrail audit, TownClock clock, IOptions<InformationOptions> options)
{
    public sealed record MissingVillage(long VillageId, string Name, bool Reminded);

    public sealed record Listing(string Month, DateOnly DueOn, bool IsPastDue, IReadOnlyList<MissingVillage> Villages);

    public sealed record Reminded(string Month, int VillagesReminded, int AlreadyReminded, int Notifications);

    public async Task<Listing> ListAsync(ReportMonth month, CancellationToken cancellationToken)
    {
        var dueOn = month.DueOn(options.Value.VillageReportDueDay);
        if (clock.Today() <= dueOn)
        {
            return new Listing(month.ToString(), dueOn, false, []);
        }

        var reported = db.VillageReports.Where(r => r.Month == month && r.Status == VillageReportStatus.Submitted).Select(r => r.VillageId);
        var reminded = db.VillageReportReminders.Where(r => r.Month == month).Select(r => r.VillageId);
        var villages = await db.Villages.Where(v => v.IsActive && !reported.Contains(v.Id)).OrderBy(v => v.SortOrder).ThenBy(v => v.Id)
            .Select(v => new MissingVillage(v.Id, v.Name, reminded.Contains(v.Id))).ToListAsync(cancellationToken);
        return new Listing(month.ToString(), dueOn, true, villages);
    }

    public async Task<Reminded?> RemindAsync(CurrentUser.Snapshot user, ReportMonth month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var listing = await ListAsync(month, cancellationToken);
        if (!listing.IsPastDue)
        {
            return null;
        }

        var now = clock.UtcNow();
        var toRemind = listing.Villages.Where(v => !v.Reminded).ToList();
        var notifications = 0;
        foreach (var village in toRemind)
        {
            db.VillageReportReminders.Add(new VillageReportReminder { VillageId = village.VillageId, Month = month, RemindedByUserId = user.Id, RemindedAt = now });
            var villageId = village.VillageId;
            var reporters = await (from u in db.Users
                                   join ur in db.UserRoles on u.Id equals ur.UserId
                                   join r in db.Roles on ur.RoleId equals r.Id
                                   where r.Name == Roles.VillageReporter && u.VillageId == villageId && !u.IsDisabled
                                   select u.Id).Distinct().ToListAsync(cancellationToken);
            notifications += await notifier.SendAsync(reporters, new Notifier.Message(NotificationKind.Reminder, $"请尽快上报 {month} 村(社区)月报",
                $"{month} 的月报应于 {listing.DueOn:yyyy-MM-dd} 前上报，至今未收到。", "/Information/VillageReports", null,
                $"village-report:{villageId}:{month}:remind"), cancellationToken);
            audit.Record("Village", villageId, "villageReport.remind", new { month = month.ToString() });
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Reminded(month.ToString(), toRemind.Count, listing.Villages.Count - toRemind.Count, notifications);
    }
}
