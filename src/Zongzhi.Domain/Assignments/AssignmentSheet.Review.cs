using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Domain.Assignments;

/// <summary>Review of the result by the supervising body (审核办理结果、重新办理).</summary>
public sealed partial class AssignmentSheet
{
    /// <summary>
    /// Accepts the submitted result; the matter may then be called back and closed. Only the body that supervises
    /// the matter decides.
    /// </summary>
    /// <param name="matter">The sheet's matter.</param>
    /// <param name="actingBody">The supervising body the user acts for.</param>
    /// <param name="userId">The reviewer.</param>
    /// <param name="comment">审核意见, optional.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result AcceptResult(Matter matter, SupervisionTrack actingBody, string userId, string? comment, DateTime now)
    {
        if (Check(matter, userId) is { } refusal)
        {
            return refusal;
        }

        if (Status != AssignmentSheetStatus.AwaitingReview)
        {
            return new ConflictError("没有待审核的办理结果");
        }

        if ((matter.CheckSupervisor(actingBody) ?? TextRules.Optional("comment", comment, "审核意见", TextLimits.Reason, multiline: true)) is { } error)
        {
            return error;
        }

        var round = CurrentRound!;
        round.Review(ReviewOutcome.Accepted, comment, userId, now);
        Status = AssignmentSheetStatus.ResultAccepted;
        matter.MarkResultAccepted(now);
        matter.Record(MatterEventKind.ResultAccepted, userId, now, $"交办单 {Number} 第 {round.RoundNumber} 轮办理结果审核通过", comment);
        return Result.Success;
    }

    /// <summary>
    /// Orders re-handling (重新办理) when the result falls short or the party is unsatisfied (督查督办部门的职权第1条):
    /// a new round with the reasons and a new deadline; the reviewed round is kept. Also allowed after acceptance,
    /// while the matter is not closed, when a callback finds the party unsatisfied.
    /// </summary>
    /// <param name="matter">The sheet's matter.</param>
    /// <param name="actingBody">The supervising body the user acts for.</param>
    /// <param name="userId">The reviewer.</param>
    /// <param name="reasons">Why, at most 2000 characters.</param>
    /// <param name="newDueOn">The new last day the supervising body sets; null for the complexity's period from today.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="rules">The deadline rule settings.</param>
    public Result OrderRehandling(
        Matter matter, SupervisionTrack actingBody, string userId, string reasons, DateOnly? newDueOn,
        DateTime now, DateOnly today, WorkCalendar calendar, DeadlineRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (Check(matter, userId) is { } refusal)
        {
            return refusal;
        }

        var reopening = Status == AssignmentSheetStatus.ResultAccepted && matter.Status != MatterStatus.Closed;
        if (Status != AssignmentSheetStatus.AwaitingReview && !reopening)
        {
            return new ConflictError("只有已提交办理结果、尚未办结的交办单可以要求重新办理");
        }

        var error = matter.CheckSupervisor(actingBody)
            ?? TextRules.Required("reasons", reasons, "重新办理的理由", TextLimits.Reason, multiline: true)
            ?? (newDueOn <= today ? new ValidationError("newDueOn", "新的办理期限应晚于今天") : null);
        if (error is not null)
        {
            return error;
        }

        if (!reopening)
        {
            CurrentRound!.Review(ReviewOutcome.RehandlingOrdered, reasons, userId, now);
        }

        var round = StartNextRound(reasons, newDueOn, today, calendar, rules);
        matter.ClearResultAccepted();
        matter.Record(
            MatterEventKind.RehandlingOrdered, userId, now,
            $"要求重新办理交办单 {Number}（第 {round.RoundNumber} 轮），办理期限 {DueText(round.Deadline)}", reasons);
        return Result.Success;
    }
}
