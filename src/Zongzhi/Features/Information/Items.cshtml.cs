using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Platform;

namespace Zongzhi.Features.Information;

/// <summary>信息列表: the items within the user's scope (<see cref="InformationAccess"/>), filtered by source, village, state and period; newest first, keyset pages of 20.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ItemsModel(ZongzhiDb db, InformationAccess access, CurrentUser current, TownClock clock) : PageModel
{
    public const int PageSize = 20;

    public sealed record Row(long Id, string Number, InformationSource Source, bool IsSkipLevelPetition, long? VillageId, string Category, string Summary,
        InformationSeverity Severity, DateTime RegisteredAt, InformationStatus Status, InformationOutcome? Outcome, long? MatterId);

    [BindProperty(SupportsGet = true)] public InformationSource? Source { get; set; }

    [BindProperty(SupportsGet = true)] public long? VillageId { get; set; }

    [BindProperty(SupportsGet = true)] public InformationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)] public InformationOutcome? Outcome { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public long? NextBefore { get; private set; }

    public IReadOnlyDictionary<long, string> VillageNames { get; private set; } = new Dictionary<long, string>();

    public IReadOnlyDictionary<string, string> Categories { get; private set; } = new Dictionary<string, string>();

    public bool MayRegister { get; private set; }

    public TownClock Clock => clock;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        MayRegister = user.IsIn(Accounts.Roles.Informant, Accounts.Roles.VillageReporter, Accounts.Roles.ReceptionClerk, Accounts.Roles.CenterDirector);
        VillageNames = await db.Villages.AsNoTracking().OrderBy(v => v.SortOrder).ThenBy(v => v.Id).ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        Categories = await db.DisputeCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        if (From is { } f && To is { } t && t < f)
        {
            ModelState.AddModelError(nameof(To), "结束日期不能早于开始日期");
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        var query = access.Visible(user);
        if (Source is { } source)
        {
            query = query.Where(i => i.Source == source);
        }

        if (VillageId is { } villageId)
        {
            query = query.Where(i => i.VillageId == villageId);
        }

        if (Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (Outcome is { } outcome)
        {
            query = query.Where(i => i.Outcome == outcome);
        }

        if (From is { } from)
        {
            var start = clock.StartOfDayUtc(from);
            query = query.Where(i => i.RegisteredAt >= start);
        }

        if (To is { } to)
        {
            var end = clock.StartOfDayUtc(to.AddDays(1));
            query = query.Where(i => i.RegisteredAt < end);
        }

        if (Before is { } before)
        {
            query = query.Where(i => i.Id < before);
        }

        var rows = await query.OrderByDescending(i => i.Id).Take(PageSize + 1)
            .Select(i => new Row(i.Id, i.Number, i.Source, i.IsSkipLevelPetition, i.VillageId, i.Category, i.Summary, i.Severity, i.RegisteredAt,
                i.Status, i.Outcome, i.MatterId))
            .ToListAsync(cancellationToken);
        NextBefore = rows.Count > PageSize ? rows[PageSize - 1].Id : null;
        Rows = rows.Take(PageSize).ToList();
    }

    public string PageUrl(long? before)
    {
        var query = new Dictionary<string, string?>
        {
            ["source"] = Source?.ToString(), ["villageId"] = VillageId?.ToString(CultureInfo.InvariantCulture), ["status"] = Status?.ToString(),
            ["outcome"] = Outcome?.ToString(), ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["before"] = before?.ToString(CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Information/Items", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
