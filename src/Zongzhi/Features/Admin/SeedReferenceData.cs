using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;

namespace Zongzhi.Features.Admin;

/// <summary>Puts the default dispute categories in place on first start (any installation, demo or not).</summary>
public sealed class SeedReferenceData(ZongzhiDb db)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (await db.DisputeCategories.AnyAsync(cancellationToken))
        {
            return;
        }

        var order = 0;
        foreach (var (code, name) in DisputeCategory.Defaults)
        {
            db.DisputeCategories.Add(new DisputeCategory { Code = code, Name = name, SortOrder = ++order });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
