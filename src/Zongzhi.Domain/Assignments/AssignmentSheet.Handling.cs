using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Assignments;

/// <summary>Handling by the department: progress notes and the result (办理进展、办理结果).</summary>
public sealed partial class AssignmentSheet
{
    /// <summary>Records a progress note on the current round, by a user of the handling or a co-handling department.</summary>
    /// <param name="matter">The sheet's matter.</param>
    /// <param name="userId">The writer.</param>
    /// <param name="userDepartmentId">The writer's department.</param>
    /// <param name="text">The note, at most 10000 characters.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result<ProgressNote> AddProgressNote(Matter matter, string userId, long userDepartmentId, string text, DateTime now)
    {
        if (Check(matter, userId) is { } refusal)
        {
            return refusal;
        }

        if (Status != AssignmentSheetStatus.InHandling)
        {
            return Status == AssignmentSheetStatus.AwaitingReceipt
                ? new ConflictError("交办单尚未签收，不能记录办理进展")
                : new ConflictError("办理结果已提交，不能再记录本轮办理进展");
        }

        if (userDepartmentId != HandlingDepartmentId && !_coHandlingDepartmentIds.Contains(userDepartmentId))
        {
            return new ForbiddenError("只有承办部门或协办部门的人员可以记录办理进展");
        }

        if ((RespondentRule.CheckUser(matter.Parties, userId) ?? (DomainError?)TextRules.Required("text", text, "办理进展", TextLimits.LongText, multiline: true)) is { } error)
        {
            return error;
        }

        var note = ProgressNote.Create(text, userId, now);
        CurrentRound!.AddNote(note);
        matter.Record(MatterEventKind.ProgressNoted, userId, now, $"记录交办单 {Number} 的办理进展", text);
        return note;
    }

    /// <summary>
    /// Submits the current round's result (办理结果) by a user of the handling department; meets the round's deadline
    /// on <paramref name="today"/> (late results are accepted and count as overdue) and withdraws a pending extension.
    /// </summary>
    /// <param name="matter">The sheet's matter.</param>
    /// <param name="userId">The handler.</param>
    /// <param name="userDepartmentId">The handler's department.</param>
    /// <param name="whatWasDone">办理情况.</param>
    /// <param name="replyToParty">答复当事人的内容.</param>
    /// <param name="partySatisfaction">The party's stated satisfaction, if known.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public Result SubmitResult(
        Matter matter, string userId, long userDepartmentId, string whatWasDone, string replyToParty, Satisfaction? partySatisfaction,
        DateTime now, DateOnly today)
    {
        if (Check(matter, userId) is { } refusal)
        {
            return refusal;
        }

        if (Status != AssignmentSheetStatus.InHandling)
        {
            return Status switch
            {
                AssignmentSheetStatus.AwaitingReceipt => new ConflictError("交办单尚未签收，不能提交办理结果"),
                AssignmentSheetStatus.AwaitingReview => new ConflictError("办理结果已提交，正在等待审核"),
                AssignmentSheetStatus.ResultAccepted or AssignmentSheetStatus.InHandling => new ConflictError("办理结果已审核通过"),
            };
        }

        var error = CheckHandlingDepartment(userDepartmentId, "提交办理结果")
            ?? RespondentRule.CheckUser(matter.Parties, userId)
            ?? (DomainError?)TextRules.Required("whatWasDone", whatWasDone, "办理情况", TextLimits.LongText, multiline: true)
            ?? TextRules.Required("replyToParty", replyToParty, "答复当事人的内容", TextLimits.LongText, multiline: true)
            ?? (partySatisfaction is { } s && !Enum.IsDefined(s) ? new ValidationError("partySatisfaction", "满意度无效") : null);
        if (error is not null)
        {
            return error;
        }

        var round = CurrentRound!;
        round.Submit(HandlingResult.Create(whatWasDone, replyToParty, partySatisfaction, userId, now, today), now);
        Status = AssignmentSheetStatus.AwaitingReview;
        var late = round.Deadline.MetOn > round.Deadline.DueOn ? $"，超过期限 {Zh.Date(round.Deadline.DueOn)}" : "";
        matter.Record(MatterEventKind.ResultSubmitted, userId, now, $"提交交办单 {Number} 第 {round.RoundNumber} 轮办理结果{late}", whatWasDone);
        return Result.Success;
    }

    /// <summary>
    /// Starts the next round with its own deadline: <paramref name="newDueOn"/> when the supervising body fixes one
    /// (在重新指定的时间内完成), else the complexity's period counted from <paramref name="today"/>.
    /// </summary>
    private AssignmentRound StartNextRound(string reasons, DateOnly? newDueOn, DateOnly today, WorkCalendar calendar, DeadlineRules rules)
    {
        var deadline = newDueOn is { } fixedDueOn
            ? TrackedDeadline.Fixed(DeadlineSubject.AssignmentRound, MatterId, today, fixedDueOn, calendar)
            : TrackedDeadline.Start(DeadlineSubject.AssignmentRound, MatterId, today, rules.HandlingPeriod(Complexity), calendar);
        var round = AssignmentRound.Start(_rounds.Count + 1, today, deadline, reasons);
        _rounds.Add(round);
        Status = AssignmentSheetStatus.InHandling;
        return round;
    }
}
