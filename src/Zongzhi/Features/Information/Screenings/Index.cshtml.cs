using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Information;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform;

namespace Zongzhi.Features.Information.Screenings;

/// <summary>排查: the campaigns the user may see (the center all; a village or department those that include it), newest first.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ScreeningWork work, CurrentUser current) : PageModel
{
    public IReadOnlyList<ScreeningCampaign> Campaigns { get; private set; } = [];

    public bool IsDirector { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        IsDirector = user.IsIn(Roles.CenterDirector);
        Campaigns = await work.Visible(user).AsNoTracking().OrderByDescending(c => c.Id).Take(100).ToListAsync(cancellationToken);
    }
}
