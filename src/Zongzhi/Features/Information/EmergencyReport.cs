using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Information;

/// <summary>
/// 立即报告 (信息收集通报制度（二）4): tells the town's top leaders, the center's directors and the configured higher
/// departments (<see cref="InformationOptions"/>) about an emergency, each recipient once, in the caller's unit of work.
/// </summary>
public sealed class EmergencyReport(ZongzhiDb db, Notifier notifier, AuditTrail audit, IOptions<InformationOptions> options)
{
    public async Task<List<string>> RecipientsAsync(CancellationToken cancellationToken)
    {
        var recipients = await notifier.UsersInRoleAsync(Roles.TopLeader, cancellationToken: cancellationToken);
        recipients.AddRange(await notifier.UsersInRoleAsync(Roles.CenterDirector, cancellationToken: cancellationToken));
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.HigherDepartmentRole))
        {
            recipients.AddRange(await notifier.UsersInRoleAsync(settings.HigherDepartmentRole, cancellationToken: cancellationToken));
        }

        if (settings.HigherDepartments.Count > 0)
        {
            var names = settings.HigherDepartments;
            recipients.AddRange(await db.Users.Where(u => names.Contains(u.UserName!) && !u.IsDisabled).Select(u => u.Id).ToListAsync(cancellationToken));
        }

        return recipients.Distinct(StringComparer.Ordinal).ToList();
    }

    public async Task<int> ReportAsync(InformationItem item, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var added = item.ReportTo(await RecipientsAsync(cancellationToken), now);
        if (added.Count == 0)
        {
            return 0;
        }

        var kind = item.IsSkipLevelPetition ? "越级上访" : "重大突发事件";
        await notifier.SendAsync(added, new Notifier.Message(NotificationKind.DecisionNeeded, $"紧急信息（{kind}）：{item.Number}，请确认收悉",
            item.Summary, $"/Information/Details/{item.Id}", null, $"information:{item.Id}:emergency"), cancellationToken);
        audit.Record("InformationItem", item.Id, "information.emergencyReported", new { recipients = added.Count });
        return added.Count;
    }
}
