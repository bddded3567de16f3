using System.ComponentModel.DataAnnotations;
using Zongzhi.Data;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;
using Zongzhi.Platform.Privacy;

namespace Zongzhi.Features.Audit;

/// <summary>
/// A search of the audit trail (by person, entity, action, period in town dates), newest first, keyset-paged by
/// <see cref="Cursor"/> (the last Id of the previous page).
/// </summary>
/// <remarks>Init properties rather than a positional record: the request delegate generator cannot look up a constructor
/// with nullable string parameters (issue 8, start-up).</remarks>
public sealed record AuditQuery
{
    [StringLength(64)]
    public string? UserId { get; init; }

    [StringLength(60)]
    public string? EntityType { get; init; }

    [StringLength(64)]
    public string? EntityId { get; init; }

    [StringLength(60)]
    public string? Action { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public long? Cursor { get; init; }

    [Range(1, 500)]
    public int? Take { get; init; }

    public const int DefaultTake = 50;

    /// <summary>The identifier fields that hold something else (e.g. a citizen's name or phone), each with its message.</summary>
    public Dictionary<string, string[]> AddressErrors() => new[]
        {
            ("userId", UserId), ("entityType", EntityType), ("entityId", EntityId), ("action", Action),
        }
        .Where(f => !AddressValues.IsIdentifier(f.Item2))
        .ToDictionary(f => f.Item1, _ => new[] { AddressValues.IdentifierMessage });

    /// <summary>400 naming the fields <see cref="AddressErrors"/> finds, or null; the refused values are not echoed.</summary>
    public IResult? AddressProblem() => AddressErrors() is { Count: > 0 } errors ? Problems.Validation(errors) : null;

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
