using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.LeaderCases;

/// <summary>
/// Runs one action on a leader case through <see cref="MatterWork"/> (scope → 404, audit, notifications, the matter's
/// version → 409), loading the case with its deadline and collections inside the action, so every change to the case
/// and to its matter commits together. The case is found by its id, or by one of its coordination or extension requests.
/// </summary>
public sealed class LeaderCaseWork(ZongzhiDb db, MatterWork work)
{
    public delegate Task<Result> Action(MatterWork.Context context, LeaderCase leaderCase);

    public Task<IResult> RunAsync(
        long leaderCaseId, int? version, string auditAction, Action action,
        Func<MatterWork.Context, IResult>? respond = null, CancellationToken cancellationToken = default) =>
        RunWhereAsync(c => c.Id == leaderCaseId, version, auditAction, action, respond, cancellationToken);

    public Task<IResult> RunForCoordinationRequestAsync(
        long coordinationRequestId, string auditAction, Action action, CancellationToken cancellationToken = default) =>
        RunWhereAsync(c => c.CoordinationRequests.Any(r => r.Id == coordinationRequestId), null, auditAction, action, null, cancellationToken);

    public Task<IResult> RunForExtensionRequestAsync(
        long extensionRequestId, string auditAction, Action action, CancellationToken cancellationToken = default) =>
        RunWhereAsync(c => c.ExtensionRequests.Any(r => r.Id == extensionRequestId), null, auditAction, action, null, cancellationToken);

    /// <summary>The case with everything its methods touch: deadline, notes, requests and their deadlines.</summary>
    public static IQueryable<LeaderCase> WithDetails(IQueryable<LeaderCase> cases) =>
        cases.Include(c => c.Deadline).Include(c => c.ProgressNotes).Include(c => c.ExtensionRequests)
            .Include(c => c.CoordinationRequests).ThenInclude(r => r.Deadline).AsSplitQuery();

    private async Task<IResult> RunWhereAsync(
        Expression<Func<LeaderCase, bool>> which, int? version, string auditAction, Action action,
        Func<MatterWork.Context, IResult>? respond, CancellationToken cancellationToken)
    {
        // Unknown and out-of-scope cases answer the same 404 (MatterWork checks the scope of the matter).
        var found = await db.LeaderCases.Where(which).Select(c => new { c.Id, c.MatterId }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return Problems.From(new NotFoundError("未找到该包案"));
        }

        return await work.RunAsync(found.MatterId, version, auditAction, async c =>
        {
            var leaderCase = await WithDetails(c.Db.LeaderCases.Where(l => l.Id == found.Id)).SingleAsync(c.CancellationToken);
            return await action(c, leaderCase);
        }, respond, cancellationToken);
    }
}
