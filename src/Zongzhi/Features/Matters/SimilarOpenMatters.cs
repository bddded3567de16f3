using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Privacy;

namespace Zongzhi.Features.Matters;

/// <summary>
/// 查重: open matters (not declined, merged, closed or archived) within the user's scope in which a party has the same
/// name or phone. Phones are encrypted, so they are matched by their keyed search hash. A warning, never a block.
/// </summary>
public sealed class SimilarOpenMatters(MatterAccess access, PersonalDataProtector protector)
{
    public sealed record Item(long Id, string Number, MatterStatus Status, string Summary);

    private static readonly MatterStatus[] Finished = [MatterStatus.Declined, MatterStatus.Merged, MatterStatus.Closed, MatterStatus.Archived];

    public async Task<IReadOnlyList<Item>> FindAsync(CurrentUser.Snapshot user, IEnumerable<string?> names, IEnumerable<string?> phones, CancellationToken cancellationToken)
    {
        var nameList = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Distinct().ToList();
        var hashes = phones.Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => protector.SearchHash(PersonalDataKind.Phone, p!)).Distinct().ToList();
        if (nameList.Count == 0 && hashes.Count == 0)
        {
            return [];
        }

        var phoneColumn = PersonalDataColumns.SearchHashProperty(nameof(Party.Phone));
        return await access.Visible(user)
            .Where(m => !Finished.Contains(m.Status))
            .Where(m => m.Parties.Any(p => nameList.Contains(p.Name) || hashes.Contains(EF.Property<string>(p, phoneColumn))))
            .OrderByDescending(m => m.Id).Take(10)
            .Select(m => new Item(m.Id, m.Number, m.Status, m.Summary))
            .ToListAsync(cancellationToken);
    }
}
