using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Information;

/// <summary>
/// The shape of every action on an information item: load it within the user's scope (404 otherwise), check the
/// client's version if given (409 已被他人修改), call the domain, then save the change and its audit entry together.
/// </summary>
public sealed class InformationWork(ZongzhiDb db, CurrentUser current, InformationAccess access, AuditTrail audit, TownClock clock)
{
    public sealed record Context(CurrentUser.Snapshot User, DateTime Now)
    {
        public object? AuditDetails { get; set; }
    }

    public Task<InformationItem?> FindAsync(CurrentUser.Snapshot user, long id, CancellationToken cancellationToken) =>
        access.Visible(user).Include(i => i.Acknowledgements).Include(i => i.Dispatches).AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public async Task<IResult> RunAsync(long id, int? version, string action, Func<Context, InformationItem, Task<Result>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var user = await current.RequireAsync(cancellationToken);
        var item = await FindAsync(user, id, cancellationToken);
        if (item is null)
        {
            return Problems.From(new NotFoundError("未找到该信息"));
        }

        if (version is { } expected)
        {
            db.Entry(item).Property<int>(ZongzhiDb.VersionProperty).OriginalValue = expected;
        }

        var context = new Context(user, clock.UtcNow());
        var result = await work(context, item);
        if (!result.IsSuccess)
        {
            return Problems.From(result.Error!);
        }

        // The item's row is touched on every action, so two concurrent actions on one item cannot both pass.
        db.Entry(item).State = db.Entry(item).State == EntityState.Unchanged ? EntityState.Modified : db.Entry(item).State;
        audit.Record("InformationItem", item.Id, action, context.AuditDetails);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Stale();
        }

        return TypedResults.Ok(InformationView.From(item, db.VersionOf(item)));
    }
}
