using System.ComponentModel.DataAnnotations;
using Zongzhi.Data;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Audit;

/// <summary>
/// A search of the audit trail (by person, entity, action, period in town dates), newest first, keyset-paged by
/// <see cref="Cursor"/> (the last Id of the previous page).
/// </summary>
public sealed record AuditQuery(
    [property: StringLength(64)] string? UserId = null,
    [property: StringLength(60)] string? EntityType = null,
    [property: StringLength(64)] string? EntityId = null,
    [property: StringLength(60)] string? Action = null,
    DateOnly? From = null,
    DateOnly? To = null,
    long? Cursor = null,
    [property: Range(1, 500)] int? Take = null)
{
    public const int DefaultTake = 50;

    public IQueryable<AuditEntry> Apply(ZongzhiDb db, TownClock clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        IQueryable<AuditEntry> entries = db.AuditEntries;
        if (!string.IsNullOrWhiteSpace(UserId))
        {
            entries = entries.Where(a => a.UserId == UserId.Trim());
        }

        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            entries = entries.Where(a => a.EntityType == EntityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(EntityId))
        {
            entries = entries.Where(a => a.EntityId == EntityId.Trim());
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            entries = entries.Where(a => a.Action == Action.Trim());
        }

        if (From is { } from)
        {
            var start = clock.StartOfDayUtc(from);
            entries = entries.Where(a => a.At >= start);
        }

        if (To is { } to)
        {
            var end = clock.StartOfDayUtc(to.AddDays(1));
            entries = entries.Where(a => a.At < end);
        }

        if (Cursor is { } cursor)
        {
            entries = entries.Where(a => a.Id < cursor);
        }

        return entries.OrderByDescending(a => a.Id);
    }
}
