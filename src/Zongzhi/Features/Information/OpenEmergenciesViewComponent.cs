using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Information;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform;

namespace Zongzhi.Features.Information;

/// <summary>
/// 未结束的紧急信息: the open emergencies (重大突发事件、越级上访 not yet closed or turned into a matter) with how many
/// recipients acknowledged and whether staff reached the scene — on the workbench of the town's leaders and the center's
/// directors (<c>@await Component.InvokeAsync("OpenEmergencies")</c>); nothing for other roles.
/// </summary>
public sealed class OpenEmergenciesViewComponent(InformationAccess access, CurrentUser current, TownClock clock) : ViewComponent
{
    public sealed record Row(long Id, string Number, string Summary, bool IsSkipLevelPetition, DateTime RegisteredAt, int Recipients, int Acknowledged,
        int Dispatched, int Arrived);

    public sealed record Model(IReadOnlyList<Row> Rows, TownClock Clock);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var user = await current.GetAsync(HttpContext.RequestAborted);
        if (user is null || !user.IsIn(Roles.TopLeader, Roles.CenterDirector))
        {
            return Content("");
        }

        // EF Core turns Count() on a navigation into SQL (CA1826 is about in-memory lists).
#pragma warning disable CA1826
        var rows = await access.Visible(user)
            .Where(i => i.Source == InformationSource.MajorIncident && (i.Outcome == null || i.Outcome == InformationOutcome.Noted))
            .OrderBy(i => i.RegisteredAt)
            .Select(i => new Row(i.Id, i.Number, i.Summary, i.IsSkipLevelPetition, i.RegisteredAt, i.Acknowledgements.Count(),
                i.Acknowledgements.Count(a => a.AcknowledgedAt != null), i.Dispatches.Count(), i.Dispatches.Count(d => d.ArrivedAt != null)))
            .Take(50)
            .ToListAsync(HttpContext.RequestAborted);
#pragma warning restore CA1826
        return View("~/Features/Information/_OpenEmergencies.cshtml", new Model(rows, clock));
    }
}
