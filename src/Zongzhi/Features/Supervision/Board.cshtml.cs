using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform;

namespace Zongzhi.Features.Supervision;

/// <summary>督办看板: the supervising bodies, the top leader, the discipline officer and the auditor (read-only).</summary>
[Authorize(Policy = Policies.SupervisionBoard)]
public sealed class BoardModel(ZongzhiDb db, BoardQuery board, CurrentUser current) : PageModel
{
    public const string BoardRoles = Roles.CenterDirector + "," + Roles.PartyGovernmentOffice + "," + Roles.TopLeader + ","
        + Roles.DisciplineOfficer + "," + Roles.Auditor;

    [BindProperty(SupportsGet = true)] public long? DepartmentId { get; set; }

    [BindProperty(SupportsGet = true)] public long? VillageId { get; set; }

    [BindProperty(SupportsGet = true)] public string? Category { get; set; }

    [BindProperty(SupportsGet = true)] public SupervisionTrack? Track { get; set; }

    [BindProperty(SupportsGet = true)] public BoardRow.ItemState? State { get; set; }

    /// <summary>overdue, soon or normal (the workbench links here with due=soon and due=overdue).</summary>
    [BindProperty(SupportsGet = true)] public string? Due { get; set; }

    /// <summary>
    /// The page, from the query string only: a bound property named "page" also reads Razor Pages' own route value
    /// ("/Supervision/Board"), fails to convert and stays 1, so every "下一页" link showed the first page again.
    /// </summary>
    public int PageNumber { get; private set; } = 1;

    public BoardQuery.Result Result { get; private set; } = null!;

    public IReadOnlyDictionary<long, string> Departments { get; private set; } = new Dictionary<long, string>();

    public IReadOnlyDictionary<long, string> Villages { get; private set; } = new Dictionary<long, string>();

    public IReadOnlyDictionary<string, string> Categories { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Leaders { get; private set; } = new Dictionary<string, string>();

    public static readonly (string Value, BoardQuery.Light Light)[] DueValues =
        [("overdue", BoardQuery.Light.Red), ("soon", BoardQuery.Light.Yellow), ("normal", BoardQuery.Light.Green)];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        PageNumber = page ?? 1;
        var user = await current.RequireAsync(cancellationToken);
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        Villages = await db.Villages.AsNoTracking().OrderBy(v => v.SortOrder).ThenBy(v => v.Id).ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        Categories = await db.DisputeCategories.AsNoTracking().OrderBy(c => c.SortOrder).ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        var light = DueValues.Where(d => string.Equals(d.Value, Due, StringComparison.OrdinalIgnoreCase)).Select(d => (BoardQuery.Light?)d.Light).FirstOrDefault();
        Due = light is null ? null : Due!.ToLowerInvariant();
        Result = await board.RunAsync(user, new BoardQuery.Filter(DepartmentId, VillageId, Category, Track, State, light, PageNumber), cancellationToken);
        var leaderIds = Result.Rows.Select(r => r.CaseLeaderUserId).OfType<string>().Distinct().ToList();
        Leaders = await db.Users.AsNoTracking().Where(u => leaderIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    /// <summary>The same filters on another page, or with one filter changed.</summary>
    public string LinkTo(int? page = null, string? due = "")
    {
        var query = new Dictionary<string, string?>
        {
            ["departmentId"] = DepartmentId?.ToString(CultureInfo.InvariantCulture), ["villageId"] = VillageId?.ToString(CultureInfo.InvariantCulture),
            ["category"] = Category, ["track"] = Track?.ToString(), ["state"] = State?.ToString(), ["due"] = due == "" ? Due : due,
            ["page"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("/Supervision/Board", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
