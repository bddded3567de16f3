using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zongzhi.Data;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.SelfService;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.SelfService;

/// <summary>Builds the <see cref="PublicMatterView"/> of a matter from the matter and its sheet or leader case.</summary>
public sealed class PublicMatterStatus(ZongzhiDb db, TownClock clock, IOptions<SelfServiceOptions> options)
{
    public async Task<PublicMatterView?> LoadAsync(long matterId, CancellationToken cancellationToken)
    {
        var matter = await db.Matters.AsNoTracking().Where(m => m.Id == matterId)
            .Select(m => new
            {
                m.Number, m.Status, m.RegisteredAt, m.TriagedAt, m.DeclineReason, m.AssignedAt, m.ClosedOn,
                TransferredOn = m.Transfer == null ? (DateOnly?)null : m.Transfer.TransferredOn,
                ReceivingUnit = m.Transfer == null ? null : m.Transfer.ReceivingUnit,
                ArchivedAt = m.ArchiveRecord == null ? (DateTime?)null : m.ArchiveRecord.ArchivedAt,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (matter is null)
        {
            return null;
        }

        var sheet = await db.AssignmentSheets.AsNoTracking().Where(s => s.MatterId == matterId).OrderByDescending(s => s.Id)
            .Select(s => new
            {
                s.HandlingDepartmentId, s.ReceivedOn, s.HandlerUserId,
                Current = s.Rounds.OrderByDescending(r => r.RoundNumber)
                    .Select(r => new { r.Deadline.DueOn, r.Deadline.OriginalDueOn, r.Deadline.IsExtended, r.RoundNumber }).FirstOrDefault(),
                Reply = s.Rounds.Where(r => r.Outcome == ReviewOutcome.Accepted).OrderByDescending(r => r.RoundNumber)
                    .Select(r => r.Result!.ReplyToParty).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        var leaderCase = await db.LeaderCases.AsNoTracking().Where(c => c.MatterId == matterId).OrderByDescending(c => c.Id)
            .Select(c => new
            {
                c.AssignedAt, c.TakenOn, c.CaseLeaderUserId, c.ClosingResult,
                DueOn = c.Deadline == null ? (DateOnly?)null : c.Deadline.DueOn,
                OriginalDueOn = c.Deadline == null ? (DateOnly?)null : c.Deadline.OriginalDueOn,
                IsExtended = c.Deadline != null && c.Deadline.IsExtended,
            })
            .FirstOrDefaultAsync(cancellationToken);

        var triaged = matter.TriagedAt is { } t ? clock.DateOf(t) : (DateOnly?)null;
        var facts = new PublicProgressFacts(
            RegisteredOn: clock.DateOf(matter.RegisteredAt),
            AcceptedOn: matter.Status is MatterStatus.Registered or MatterStatus.Declined or MatterStatus.Merged ? null : triaged,
            DeclinedOn: matter.Status == MatterStatus.Declined ? triaged : null,
            DeclineReason: matter.Status == MatterStatus.Declined ? matter.DeclineReason : null,
            MergedOn: matter.Status == MatterStatus.Merged ? triaged : null,
            AssignedOn: matter.AssignedAt is { } a ? clock.DateOf(a) : leaderCase is null ? null : clock.DateOf(leaderCase.AssignedAt),
            HandlingStartedOn: sheet?.ReceivedOn ?? leaderCase?.TakenOn,
            TransferredOn: matter.TransferredOn,
            ReceivingUnit: matter.ReceivingUnit,
            ClosedOn: matter.ClosedOn,
            ArchivedOn: matter.ArchivedAt is { } archived ? clock.DateOf(archived) : null);
        var stages = PublicProgress.Stages(facts);

        var finished = matter.Status is MatterStatus.Closed or MatterStatus.Archived;
        string? unit = null;
        string? handlerUserId = null;
        if (sheet is not null)
        {
            unit = await db.Departments.Where(d => d.Id == sheet.HandlingDepartmentId).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken);
            handlerUserId = sheet.HandlerUserId;
        }
        else if (leaderCase is not null)
        {
            unit = "镇领导包案办理";
            handlerUserId = leaderCase.CaseLeaderUserId;
        }

        if (matter.ReceivingUnit is { Length: > 0 } receiving && sheet is null)
        {
            unit = receiving;
        }

        var handler = options.Value.ShowHandlerName && handlerUserId is not null
            ? await db.Users.Where(u => u.Id == handlerUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;

        var open = !finished && matter.Status is not (MatterStatus.Declined or MatterStatus.Merged);
        var (dueOn, originalDueOn, extended) = sheet?.Current is { } round
            ? (round.DueOn, round.OriginalDueOn, round.IsExtended)
            : leaderCase?.DueOn is { } leaderDue ? (leaderDue, leaderCase.OriginalDueOn ?? leaderDue, leaderCase.IsExtended) : (default(DateOnly?), default(DateOnly?), false);

        var evaluation = await db.MatterEvaluations.AsNoTracking().Where(e => e.MatterId == matterId).FirstOrDefaultAsync(cancellationToken);
        var now = clock.UtcNow();
        return new PublicMatterView(
            matter.Number,
            stages,
            stages.Last(s => s.IsReached).Name,
            unit,
            handler,
            open ? dueOn : null,
            open ? originalDueOn : null,
            open && extended,
            finished ? sheet?.Reply ?? leaderCase?.ClosingResult : null,
            evaluation is null ? null : new PublicEvaluationView(evaluation.Rating, MatterLabels.Of(evaluation.Rating), evaluation.Comment, evaluation.RatedOn, evaluation.CanChange(now)),
            finished && (evaluation is null || evaluation.CanChange(now)));
    }
}
