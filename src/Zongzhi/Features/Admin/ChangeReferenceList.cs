using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Admin;

/// <summary>
/// Adds, changes and retires entries of an administered list (departments, villages, dispute categories). A stale
/// form is refused ("已被他人修改"); names are unique; nothing is ever deleted (D7), retired entries stay for history.
/// </summary>
public sealed class ChangeReferenceList<T>(ZongzhiDb db, AuditTrail audit) where T : class, IReferenceItem
{
    public const int MaxNameLength = 50;

    private static readonly string EntityType = typeof(T).Name;

    public async Task<Result<T>> AddAsync(T item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.Name = item.Name?.Trim() ?? "";
        if (await CheckNameAsync(item.Name, null, cancellationToken) is { } error)
        {
            return error;
        }

        var set = db.Set<T>();
        item.SortOrder = (await set.MaxAsync(x => (int?)x.SortOrder, cancellationToken) ?? 0) + 1;
        item.IsActive = true;
        set.Add(item);
        // The audit entry names the new id, so the insert and the entry share one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(EntityType, item.Id, "reference.add", new { name = item.Name });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return item;
    }

    /// <summary>Renames the entry (and applies <paramref name="change"/> to its other fields) if <paramref name="version"/> is current.</summary>
    public async Task<Result> ChangeAsync(long id, int version, string? name, Action<T>? change = null, CancellationToken cancellationToken = default)
    {
        name = name?.Trim() ?? "";
        if (await CheckNameAsync(name, id, cancellationToken) is { } error)
        {
            return error;
        }

        return await SaveAsync(id, version, item =>
        {
            var before = item.Name;
            item.Name = name;
            change?.Invoke(item);
            return new { before, after = name };
        }, "reference.change", cancellationToken);
    }

    public Task<Result> SetActiveAsync(long id, int version, bool active, CancellationToken cancellationToken = default) =>
        SaveAsync(id, version, item =>
        {
            item.IsActive = active;
            return null;
        }, active ? "reference.restore" : "reference.retire", cancellationToken);

    private async Task<Result> SaveAsync(long id, int version, Func<T, object?> change, string action, CancellationToken cancellationToken)
    {
        var item = await db.Set<T>().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (item is null)
        {
            return new NotFoundError();
        }

        db.Entry(item).Property<int>(ZongzhiDb.VersionProperty).OriginalValue = version;
        audit.Record(EntityType, item.Id, action, change(item));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ConflictError("已被他人修改，请刷新后重试");
        }

        return Result.Success;
    }

    private async Task<ValidationError?> CheckNameAsync(string name, long? id, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            return new ValidationError("name", "请填写名称");
        }

        if (name.Length > MaxNameLength)
        {
            return new ValidationError("name", $"名称不能超过 {MaxNameLength} 个字");
        }

        return await db.Set<T>().AnyAsync(x => x.Name == name && x.Id != id, cancellationToken)
            ? new ValidationError("name", $"已有名为“{name}”的条目")
            : null;
    }
}
