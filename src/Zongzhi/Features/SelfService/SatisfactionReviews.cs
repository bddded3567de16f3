using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Platform;

namespace Zongzhi.Features.SelfService;

/// <summary>The reviews of unsatisfied ratings that a supervising body sees: its own track only.</summary>
public static class SatisfactionReviews
{
    public static async Task<List<SelfServiceApi.ReviewRow>> ListAsync(ZongzhiDb db, CurrentUser.Snapshot user, bool openOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.SupervisingBody is not { } body)
        {
            return [];
        }

        var reviews = db.SatisfactionReviews.Where(r => r.SupervisingBody == body);
        if (openOnly)
        {
            reviews = reviews.Where(r => r.Outcome == null);
        }

        return await reviews.OrderByDescending(r => r.OpenedAt).Take(200)
            .Join(db.Matters, r => r.MatterId, m => m.Id, (r, m) => new { r, m.Number, m.Summary })
            .Join(db.MatterEvaluations, x => x.r.MatterId, e => e.MatterId, (x, e) => new SelfServiceApi.ReviewRow(
                x.r.Id, x.r.MatterId, x.Number, x.Summary, e.Rating, e.Comment, x.r.OpenedAt, x.r.Outcome, x.r.Note, x.r.ConcludedAt,
                EF.Property<int>(x.r, ZongzhiDb.VersionProperty)))
            .ToListAsync(cancellationToken);
    }

    public static Task<int> OpenCountAsync(ZongzhiDb db, CurrentUser.Snapshot user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        return user.SupervisingBody is { } body
            ? db.SatisfactionReviews.CountAsync(r => r.SupervisingBody == body && r.Outcome == null, cancellationToken)
            : Task.FromResult(0);
    }
}
