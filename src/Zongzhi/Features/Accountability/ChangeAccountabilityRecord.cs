using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Accountability;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Accountability;

/// <summary>
/// The shared shape of the record's actions (attach evidence, record the finding, close, add a statement): load,
/// call the domain, save the change with its audit entry; a concurrent change answers 409.
/// </summary>
public sealed class ChangeAccountabilityRecord(ZongzhiDb db, AuditTrail audit)
{
    public Actor Actor => audit.Actor;

    public async Task<Result<AccountabilityRecord>> RunAsync(long id, string action, Func<AccountabilityRecord, Task<Result>> change,
        object? details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var record = await db.AccountabilityRecords.Include(r => r.Statements).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return new NotFoundError();
        }

        var result = await change(record);
        if (result.Error is { } error)
        {
            return error;
        }

        audit.Record("AccountabilityRecord", id, action, details);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ConflictError("已被他人修改，请刷新后重试");
        }

        return record;
    }
}
