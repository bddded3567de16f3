using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Matters;

/// <summary>查询: by number, name, phone or text with filters, within the user's scope; keyset pages of 20 (names masked).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SearchModel(ZongzhiDb db, MatterSearch search, CurrentUser current, TownClock clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public MatterStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)] public long? VillageId { get; set; }

    [BindProperty(SupportsGet = true)] public string? Category { get; set; }

    [BindProperty(SupportsGet = true)] public IntakeChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)] public long? After { get; set; }

    public MatterSearch.Page? Results { get; private set; }

    public IReadOnlyList<SelectListItem> Villages { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Categories { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<long, string> VillageNames { get; private set; } = new Dictionary<long, string>();

    public TownClock Clock => clock;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var villages = await db.Villages.AsNoTracking().OrderBy(v => v.SortOrder).ThenBy(v => v.Id).Select(v => new { v.Id, v.Name }).ToListAsync(cancellationToken);
        VillageNames = villages.ToDictionary(v => v.Id, v => v.Name);
        Villages = villages.Select(v => new SelectListItem(v.Name, v.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        Categories = await db.DisputeCategories.AsNoTracking().OrderBy(c => c.SortOrder).ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        if (Q is { Length: > 100 })
        {
            ModelState.AddModelError(nameof(Q), "查询内容不能超过 100 个字");
            return;
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        var user = await current.RequireAsync(cancellationToken);
        Results = await search.FindAsync(user, new MatterSearch.Query(Q, Status, VillageId, Category, null, Channel, From, To, After, PageSize), cancellationToken);
    }

    /// <summary>The same search from another keyset position (null = the first page).</summary>
    public string PageUrl(long? after)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Q, ["status"] = Status?.ToString(), ["villageId"] = VillageId?.ToString(CultureInfo.InvariantCulture), ["category"] = Category,
            ["channel"] = Channel?.ToString(), ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["after"] = after?.ToString(CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Matters/Search", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
