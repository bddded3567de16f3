using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Matters;

/// <summary>
/// 查询: by number, name, phone or text with filters, within the user's scope; keyset pages of 20 (names masked).
/// The words searched for may be a citizen's name, phone or ID number, so they never travel in the address (browser
/// history, proxy and server logs, the Referer): the form is posted, and the result page's address carries them only
/// as <c>c</c>, a token encrypted for this user that expires after <see cref="CriteriaLifetime"/>. Filters that hold no
/// personal data (state, village, category, channel, dates, page) stay readable in the address, so the workbench can link
/// to them.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SearchModel(ZongzhiDb db, MatterSearch search, CurrentUser current, TownClock clock, IDataProtectionProvider protection) : PageModel
{
    public const int PageSize = 20;

    public static readonly TimeSpan CriteriaLifetime = TimeSpan.FromHours(8);

    [BindProperty] public string? Q { get; set; }

    /// <summary>The searched words, encrypted for the signed-in user (see the class summary).</summary>
    [BindProperty(SupportsGet = true, Name = "c")] public string? Criteria { get; set; }

    /// <summary>The criteria token had expired or belonged to another user: the form asks for the words again.</summary>
    public bool CriteriaExpired { get; private set; }

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
        var user = await current.RequireAsync(cancellationToken);
        if (!string.IsNullOrEmpty(Criteria))
        {
            Q = Unprotect(Criteria, user.Id);
            CriteriaExpired = Q is null;
            if (CriteriaExpired)
            {
                return;
            }
        }

        await SearchAsync(user, cancellationToken);
    }

    /// <summary>The form: checked, then answered with a redirect to the result page (so refresh and back work).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        After = null;
        if (Q is { Length: > 100 } || !ModelState.IsValid)
        {
            await SearchAsync(user, cancellationToken);
            return Page();
        }

        Criteria = string.IsNullOrWhiteSpace(Q) ? null : Protect(Q.Trim(), user.Id);
        return LocalRedirect(PageUrl(null));
    }

    private async Task SearchAsync(CurrentUser.Snapshot user, CancellationToken cancellationToken)
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

        Results = await search.FindAsync(user, new MatterSearch.Query { Q = Q, Status = Status, VillageId = VillageId, Category = Category, Channel = Channel, ReceivedFrom = From, ReceivedTo = To, After = After, PageSize = PageSize }, cancellationToken);
    }

    /// <summary>The same search from another keyset position (null = the first page).</summary>
    public string PageUrl(long? after)
    {
        var query = new Dictionary<string, string?>
        {
            ["c"] = Criteria, ["status"] = Status?.ToString(), ["villageId"] = VillageId?.ToString(CultureInfo.InvariantCulture), ["category"] = Category,
            ["channel"] = Channel?.ToString(), ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["after"] = after?.ToString(CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Matters/Search", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private IDataProtector Protector => protection.CreateProtector("Zongzhi.Matters.SearchCriteria");

    // The expiry is inside the protected payload and checked against the app's clock (TimeProvider), not the machine's.
    private string Protect(string words, string userId) =>
        Protector.Protect(JsonSerializer.Serialize(new SearchCriteria(userId, words, clock.UtcNow() + CriteriaLifetime)));

    private string? Unprotect(string token, string userId)
    {
        try
        {
            var criteria = JsonSerializer.Deserialize<SearchCriteria>(Protector.Unprotect(token));
            return criteria is not null && criteria.UserId == userId && criteria.ExpiresUtc > clock.UtcNow() ? criteria.Words : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record SearchCriteria(string UserId, string Words, DateTime ExpiresUtc);
}
