using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.SelfService;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.SelfService;

/// <summary>
/// 群众评价: the party rates a closed matter once (a change allowed within 7 days). 不满意 opens the supervising body's
/// review (不满意评价复核) and tells it; the rating, the review and the notice are saved together.
/// </summary>
public sealed class RateMatter(ZongzhiDb db, TownClock clock, AuditTrail audit, SelfServiceGate gate, Notifier notifier)
{
    public async Task<Result> RunAsync(
        PublicLookup.Ticket ticket, Satisfaction? rating, string? comment, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        audit.ActAs(PublicLookup.PublicActor);
        if (rating is not { } chosen)
        {
            return new ValidationError("rating", "请选择满意、基本满意或不满意");
        }

        var matter = await db.Matters.Where(m => m.Id == ticket.MatterId).Select(m => new { m.Id, m.Number, m.Status, m.Track }).FirstAsync(cancellationToken);
        var now = clock.UtcNow();
        var evaluation = await db.MatterEvaluations.FirstOrDefaultAsync(e => e.MatterId == matter.Id, cancellationToken);
        var wasUnsatisfied = evaluation?.Rating == Satisfaction.Unsatisfied;
        var changed = evaluation is not null;
        if (evaluation is null)
        {
            var rated = MatterEvaluation.Rate(matter.Id, matter.Status, chosen, comment, now, clock.DateOf(now));
            if (!rated.IsSuccess)
            {
                return rated.Error!;
            }

            evaluation = rated.Value!;
            db.MatterEvaluations.Add(evaluation);
        }
        else if (evaluation.Change(matter.Status, chosen, comment, now) is { IsSuccess: false } refused)
        {
            return refused;
        }

        if (chosen == Satisfaction.Unsatisfied && !wasUnsatisfied
            && !await db.SatisfactionReviews.AnyAsync(r => r.MatterId == matter.Id && r.Outcome == null, cancellationToken))
        {
            db.SatisfactionReviews.Add(SatisfactionReview.Open(matter.Id, matter.Track, now));
            await notifier.SendAsync(await notifier.SupervisorsAsync(matter.Track, cancellationToken), new Notifier.Message(
                NotificationKind.DecisionNeeded,
                $"当事人评价不满意：事项 {matter.Number}",
                $"当事人对事项 {matter.Number} 的办理评价为不满意，请复核；必要时责令重新办理。",
                "/SelfService/Reviews", matter.Id, $"unsatisfied:{matter.Id}:{now.Ticks}"), cancellationToken);
        }

        await gate.RecordAsync(gate.KeysFor(clientAddress, matter.Number), SelfServiceAttemptKind.Rating, SelfServiceOutcome.Rated, matter.Id, cancellationToken);
        audit.Record("Matter", matter.Id, "selfservice.rate", new { rating = chosen.ToString(), changed });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return new ConflictError("已被他人修改");
        }

        return Result.Success;
    }
}
