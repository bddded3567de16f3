using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform;

namespace Zongzhi.Features.Information;

/// <summary>
/// Which information items a user may see, applied inside every query (a refused read answers 404): the center,
/// reception and town leaders see all; a village reporter their village's items; an informant their own; anyone an
/// emergency was reported to sees that item.
/// </summary>
public sealed class InformationAccess(ZongzhiDb db)
{
    public static readonly string[] TownWideReaders =
        [Roles.CenterDirector, Roles.ReceptionClerk, Roles.TopLeader, Roles.DisciplineOfficer, Roles.Auditor];

    public IQueryable<InformationItem> Visible(CurrentUser.Snapshot user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var items = db.Set<InformationItem>().AsQueryable();
        if (user.IsIn(TownWideReaders))
        {
            return items;
        }

        var userId = user.Id;
        var villageId = user.IsIn(Roles.VillageReporter) ? user.VillageId : null;
        return items.Where(i => i.ReporterUserId == userId
            || (villageId != null && i.VillageId == villageId)
            || i.Acknowledgements.Any(a => a.UserId == userId));
    }
}
