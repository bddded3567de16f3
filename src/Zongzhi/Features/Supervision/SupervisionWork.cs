using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Matters;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform;

namespace Zongzhi.Features.Supervision;

/// <summary>
/// Runs supervision actions through <see cref="MatterWork"/> (scope, audit, notifications, version, one SaveChanges):
/// a power of the supervising body on a matter, or an answer to a supervision record found by its own id.
/// </summary>
public sealed class SupervisionWork(MatterWork work)
{
    /// <summary>A power used by the body the user acts for (the center director, or the party/government office).</summary>
    public Task<IResult> PowerAsync(
        long matterId, int? version, string auditAction, Func<MatterWork.Context, SupervisionTrack, Task<Result>> action,
        Func<MatterWork.Context, IResult> respond, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return ConcurrentWrites.GuardAsync(() => work.RunAsync(matterId, version, auditAction, c => c.User.SupervisingBody is { } body
            ? action(c, body)
            : Task.FromResult(Result.Fail(new ForbiddenError("只有督查督办部门（综治中心或镇党政办）可以行使督办职权"))), respond, cancellationToken));
    }

    /// <summary>
    /// An action on a record of a matter: <paramref name="matterOf"/> finds the record's matter (none: 404), then the
    /// action runs on that matter in scope.
    /// </summary>
    public async Task<IResult> OnRecordAsync(
        IQueryable<long> matterOf, string notFound, int? version, string auditAction, Func<MatterWork.Context, Task<Result>> action,
        Func<MatterWork.Context, IResult> respond, CancellationToken cancellationToken)
    {
        var matterIds = await matterOf.OrderBy(id => id).Take(1).ToListAsync(cancellationToken);
        return matterIds.Count == 0
            ? Problems.From(new NotFoundError(notFound))
            : await ConcurrentWrites.GuardAsync(() => work.RunAsync(matterIds[0], version, auditAction, action, respond, cancellationToken));
    }

    /// <summary>A notification about a matter's supervision, linked to the matter's page.</summary>
    public static Notifier.Message Message(NotificationKind kind, MatterWork.Context context, string title, string body, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Notifier.Message(kind, title, body, $"/Matters/Details/{context.Matter.Id}", context.Matter.Id, $"matter:{context.Matter.Id}:{key}");
    }
}
