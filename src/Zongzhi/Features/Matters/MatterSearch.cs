using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using Zongzhi.Platform;
using Zongzhi.Platform.Privacy;

namespace Zongzhi.Features.Matters;

/// <summary>
/// Search within the user's scope: by number, party name, phone or text, with filters; newest first, paged on the
/// server by keyset (<c>after</c> = the last id seen), so a page costs the same at 10k or 1M matters.
/// </summary>
public sealed class MatterSearch(MatterAccess access, CurrentUser current, PersonalDataProtector protector)
{
    public const int MaxPageSize = 100;

    /// <summary>The refusal of words in an address that are not a matter number (issue 7: no personal data in URLs).</summary>
    public const string AddressQueryMessage =
        "网址中的 q 只接受事项编号或其开头部分（如 ZZ-2026-000123、ZZ-2026）；按姓名、电话、身份证号码或摘要文字查询，请用 POST /api/matters/search，把条件放在请求体中";

    /// <summary>The filters, bound from the query string. Init properties rather than a positional record: the request
    /// delegate generator cannot look up a constructor with nullable string parameters (issue 8, start-up).</summary>
    public sealed record Query
    {
        public string? Q { get; init; }

        public MatterStatus? Status { get; init; }

        public long? VillageId { get; init; }

        public string? Category { get; init; }

        public SupervisionTrack? Track { get; init; }

        public IntakeChannel? Channel { get; init; }

        public DateOnly? ReceivedFrom { get; init; }

        public DateOnly? ReceivedTo { get; init; }

        public long? After { get; init; }

        public int? PageSize { get; init; }
    }

    public sealed record Item(long Id, string Number, DateTime ReceivedAt, IntakeChannel Channel, string Category, long? VillageId,
        string Summary, MatterStatus Status, SupervisionTrack Track, string? Complainant);

    public sealed record Page(IReadOnlyList<Item> Items, long? NextAfter);

    /// <summary>
    /// The search from an address (GET): <c>q</c> only as a matter number or its beginning, matched as a prefix, since an
    /// address is kept in browser history, proxies and request logs; anything else is refused without being echoed.
    /// </summary>
    public Task<IResult> RunFromAddressAsync(Query query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query.Q))
        {
            return RunAsync(query with { Q = null }, null, cancellationToken);
        }

        var number = query.Q.Trim().ToUpperInvariant();
        return MatterNumber.IsNumberOrPrefix(number)
            ? RunAsync(query with { Q = null }, number, cancellationToken)
            : Task.FromResult<IResult>(Problems.Validation("q", AddressQueryMessage));
    }

    /// <summary>The search with the criteria in a request body (POST): number, summary text, party name, phone or ID number.</summary>
    public Task<IResult> RunAsync(Query query, CancellationToken cancellationToken) => RunAsync(query, null, cancellationToken);

    private async Task<IResult> RunAsync(Query query, string? numberPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.PageSize is < 1 or > MaxPageSize)
        {
            return Problems.Validation("pageSize", $"每页条数应为 1–{MaxPageSize}");
        }

        if (query.Q is { Length: > 100 })
        {
            return Problems.Validation("q", "查询内容不能超过 100 个字");
        }

        var user = await current.RequireAsync(cancellationToken);
        return TypedResults.Ok(await FindAsync(user, query, numberPrefix, cancellationToken));
    }

    public Task<Page> FindAsync(CurrentUser.Snapshot user, Query query, CancellationToken cancellationToken) =>
        FindAsync(user, query, null, cancellationToken);

    private async Task<Page> FindAsync(CurrentUser.Snapshot user, Query query, string? numberPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var size = query.PageSize ?? 20;
        var matters = access.Visible(user);
        if (numberPrefix is not null)
        {
            matters = MatterNumber.TryParse(numberPrefix, out _, out _)
                ? matters.Where(m => m.Number == numberPrefix)
                : matters.Where(m => m.Number.StartsWith(numberPrefix));
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            // Phones and ID numbers are encrypted: they are found by their keyed hash, exactly.
            var phoneHash = protector.SearchHash(PersonalDataKind.Phone, text);
            var idHash = protector.SearchHash(PersonalDataKind.IdNumber, text);
            var phoneColumn = PersonalDataColumns.SearchHashProperty(nameof(Party.Phone));
            var idColumn = PersonalDataColumns.SearchHashProperty(nameof(Party.IdNumber));
            matters = matters.Where(m => m.Number == text
                || m.Summary.Contains(text)
                || m.Parties.Any(p => p.Name == text
                    || EF.Property<string>(p, phoneColumn) == phoneHash
                    || EF.Property<string>(p, idColumn) == idHash));
        }

        if (query.Status is { } status) matters = matters.Where(m => m.Status == status);
        if (query.VillageId is { } village) matters = matters.Where(m => m.VillageId == village);
        if (!string.IsNullOrEmpty(query.Category)) matters = matters.Where(m => m.Category == query.Category);
        if (query.Track is { } track) matters = matters.Where(m => m.Track == track);
        if (query.Channel is { } channel) matters = matters.Where(m => m.Channel == channel);
        if (query.ReceivedFrom is { } from) matters = matters.Where(m => m.ReceivedAt >= from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8));
        if (query.ReceivedTo is { } to) matters = matters.Where(m => m.ReceivedAt < to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8));
        if (query.After is { } after) matters = matters.Where(m => m.Id < after);

        var rows = await matters.OrderByDescending(m => m.Id).Take(size + 1)
            .Select(m => new
            {
                m.Id, m.Number, m.ReceivedAt, m.Channel, m.Category, m.VillageId, m.Summary, m.Status, m.Track,
                Complainant = m.Parties.Where(p => p.Role == PartyRole.Complainant).OrderBy(p => p.Id).Select(p => p.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Take(size).Select(r => new Item(r.Id, r.Number, r.ReceivedAt, r.Channel, r.Category, r.VillageId, r.Summary,
            r.Status, r.Track, PersonalDataMask.Name(r.Complainant))).ToList();
        return new Page(items, rows.Count > size ? items[^1].Id : null);
    }
}
