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

    public sealed record Query(string? Q, MatterStatus? Status, long? VillageId, string? Category, SupervisionTrack? Track,
        IntakeChannel? Channel, DateOnly? ReceivedFrom, DateOnly? ReceivedTo, long? After, int? PageSize);

    public sealed record Item(long Id, string Number, DateTime ReceivedAt, IntakeChannel Channel, string Category, long? VillageId,
        string Summary, MatterStatus Status, SupervisionTrack Track, string? Complainant);

    public sealed record Page(IReadOnlyList<Item> Items, long? NextAfter);

    public async Task<IResult> RunAsync(Query query, CancellationToken cancellationToken)
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
        return TypedResults.Ok(await FindAsync(user, query, cancellationToken));
    }

    public async Task<Page> FindAsync(CurrentUser.Snapshot user, Query query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var size = query.PageSize ?? 20;
        var matters = access.Visible(user);
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
