using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform;

namespace Zongzhi.Features.LeaderCases;

/// <summary>包案: a case leader's own cases; every case in scope for the center director and the top leader.</summary>
[Authorize(Policy = Policies.LeaderCaseReader)]
public sealed class IndexModel(ZongzhiDb db, LeaderCaseQueries queries, CurrentUser current) : PageModel
{
    [BindProperty(SupportsGet = true)] public LeaderCaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }

    public IReadOnlyList<LeaderCaseSummary> Cases { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Leaders { get; private set; } = new Dictionary<string, string>();

    public bool SeesAll { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        SeesAll = user.IsIn(Roles.CenterDirector, Roles.TopLeader);
        Cases = await queries.ListAsync(new LeaderCaseQueries.ListQuery { Status = Status, Overdue = Overdue }, cancellationToken);
        var ids = Cases.Select(c => c.CaseLeaderUserId).Distinct().ToList();
        Leaders = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}
