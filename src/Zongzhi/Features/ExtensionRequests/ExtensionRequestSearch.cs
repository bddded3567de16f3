using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Features.Assignments;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.ExtensionRequests;

/// <summary>
/// The supervising body's queue of sheet extension requests (延期审批): the requests on the matters it supervises,
/// oldest first (the first asked is the first due), paged by keyset (<c>after</c> = the last id seen).
/// Leader-case extensions, decided by the top leader, are the leader-case feature's.
/// </summary>
public sealed class ExtensionRequestSearch(ZongzhiDb db, MatterAccess access, CurrentUser current)
{
    public sealed record Query(ExtensionRequestStatus? Status, long? After, int? PageSize);

    public sealed record Item(long Id, long AssignmentSheetId, string SheetNumber, long MatterId, string MatterNumber, string MatterSummary,
        long HandlingDepartmentId, int RoundNumber, string Reason, DateOnly DueOnAtRequest, DateOnly ProposedDueOn, DateTime RequestedAt,
        string RequestedByUserId, ExtensionRequestStatus Status, DateOnly? ApprovedDueOn, string? DecisionComment);

    public sealed record Page(IReadOnlyList<Item> Items, long? NextAfter);

    public async Task<IResult> RunAsync(Query query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.PageSize is < 1 or > AssignmentQueries.MaxPageSize)
        {
            return Problems.Validation("pageSize", $"每页条数应为 1–{AssignmentQueries.MaxPageSize}");
        }

        var user = await current.RequireAsync(cancellationToken);
        if (user.SupervisingBody is not { } body)
        {
            return TypedResults.Ok(new Page([], null));
        }

        var size = query.PageSize ?? 20;
        var status = query.Status;
        var after = query.After ?? 0;
        var items = await (
            from s in db.AssignmentSheets
            join m in access.Visible(user) on s.MatterId equals m.Id
            where m.Track == body
            from r in s.Rounds
            from e in r.ExtensionRequests
            where (status == null || e.Status == status) && e.Id > after
            orderby e.Id
            select new Item(e.Id, s.Id, s.Number, m.Id, m.Number, m.Summary, s.HandlingDepartmentId, r.RoundNumber, e.Reason,
                e.DueOnAtRequest, e.ProposedDueOn, e.RequestedAt, e.RequestedByUserId, e.Status, e.ApprovedDueOn, e.DecisionComment))
            .Take(size + 1).ToListAsync(cancellationToken);
        var page = items.Take(size).ToList();
        return TypedResults.Ok(new Page(page, items.Count > size ? page[^1].Id : null));
    }
}
