using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Matters;

namespace Zongzhi.Features.Matters;

/// <summary>Loads matter aggregates with what their views and actions need.</summary>
public static class MatterQueries
{
    public static IQueryable<Matter> WithDetails(this IQueryable<Matter> matters) =>
        matters.Include(m => m.Parties).Include(m => m.Events).Include(m => m.Callbacks).AsSplitQuery();

    public static int VersionOf(this ZongzhiDb db, object entity) =>
        (int)db.Entry(entity).Property(ZongzhiDb.VersionProperty).CurrentValue!;
}
