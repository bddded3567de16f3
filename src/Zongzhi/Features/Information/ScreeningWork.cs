using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Information;

/// <summary>
/// Screening campaigns (排查) within scope — the center and town leaders see all; a village or department sees the
/// campaigns that include it (404 otherwise) — and the shape of every change: load, act, audit, save once.
/// </summary>
public sealed class ScreeningWork(ZongzhiDb db, CurrentUser current, AuditTrail audit, TownClock clock)
{
    public IQueryable<ScreeningCampaign> Visible(CurrentUser.Snapshot user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var campaigns = db.ScreeningCampaigns.Include(c => c.Findings);
        if (user.IsIn(InformationAccess.TownWideReaders))
        {
            return campaigns;
        }

        var villageId = user.IsIn(Accounts.Roles.VillageReporter) ? user.VillageId : null;
        var departmentId = user.IsDepartmentStaff ? user.DepartmentId : null;
        return campaigns.Where(c => (villageId != null && c.VillageIds.Contains(villageId.Value))
            || (departmentId != null && c.DepartmentIds.Contains(departmentId.Value)));
    }

    public async Task<IResult> RunAsync(long id, int? version, string action, Func<CurrentUser.Snapshot, ScreeningCampaign, DateTime, Result> work,
        CancellationToken cancellationToken, Func<ScreeningCampaign, object?>? details = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        var user = await current.RequireAsync(cancellationToken);
        var campaign = await Visible(user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return Problems.From(new NotFoundError("未找到该排查"));
        }

        if (version is { } expected)
        {
            db.Entry(campaign).Property<int>(ZongzhiDb.VersionProperty).OriginalValue = expected;
        }

        var result = work(user, campaign, clock.UtcNow());
        if (!result.IsSuccess)
        {
            return Problems.From(result.Error!);
        }

        db.Entry(campaign).State = EntityState.Modified;
        try
        {
            audit.Record("ScreeningCampaign", campaign.Id, action, details?.Invoke(campaign));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Stale();
        }

        return TypedResults.Ok(ScreeningView.From(campaign, db.VersionOf(campaign)));
    }
}
