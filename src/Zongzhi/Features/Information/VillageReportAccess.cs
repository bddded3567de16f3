using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform;

namespace Zongzhi.Features.Information;

/// <summary>Village reports a user may see: the center and town leaders all, a village reporter their village's (404 otherwise).</summary>
public sealed class VillageReportAccess(ZongzhiDb db)
{
    public IQueryable<VillageReport> Visible(CurrentUser.Snapshot user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsIn(InformationAccess.TownWideReaders))
        {
            return db.VillageReports;
        }

        var villageId = user.IsIn(Roles.VillageReporter) ? user.VillageId : null;
        return db.VillageReports.Where(r => villageId != null && r.VillageId == villageId);
    }

    /// <summary>Whether the user may file for the village: the director for any, a village reporter for their own.</summary>
    public static bool MayFileFor(CurrentUser.Snapshot user, long villageId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsIn(Roles.CenterDirector) || (user.IsIn(Roles.VillageReporter) && user.VillageId == villageId);
    }
}
