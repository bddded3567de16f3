using Microsoft.EntityFrameworkCore;
using Zongzhi.Features.Calendar;

namespace Zongzhi.Data;

/// <summary>Applies migrations and puts the shipped calendar in place; run at start and by <c>zongzhi db migrate</c>.</summary>
public sealed class DatabaseInitializer(ZongzhiDb db, SeedShippedCalendar seedCalendar)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await seedCalendar.RunAsync(cancellationToken);
    }
}
