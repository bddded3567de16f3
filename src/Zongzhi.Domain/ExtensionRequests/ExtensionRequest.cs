using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.ExtensionRequests;

/// <summary>
/// An extension request (延期申请): the reason and the proposed new last day of a deadline, decided by the supervising
/// body for an assignment round (督查督办制度（三）: 向督查督办部门说明情况，并在重新指定的时间内完成) or by the top
/// leader for a leader case (领导包案的职责第1条: 报党政一把手审批). One mechanism for both: the owner checks who may
/// decide, this type checks the request and moves the <see cref="TrackedDeadline"/>, which keeps its original date
/// for on-time rates.
/// </summary>
public sealed class ExtensionRequest
{
    private ExtensionRequest()
    {
        Reason = "";
        RequestedByUserId = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>延期理由.</summary>
    public string Reason { get; private set; }

    /// <summary>The last day in force when the request was made.</summary>
    public DateOnly DueOnAtRequest { get; private set; }

    /// <summary>The proposed new last day (延期办理期限).</summary>
    public DateOnly ProposedDueOn { get; private set; }

    /// <summary>When it was requested (UTC).</summary>
    public DateTime RequestedAt { get; private set; }

    /// <summary>The town's date of the request; never after <see cref="DueOnAtRequest"/>.</summary>
    public DateOnly RequestedOn { get; private set; }

    /// <summary>Who requested it.</summary>
    public string RequestedByUserId { get; private set; }

    /// <summary>Where it stands.</summary>
    public ExtensionRequestStatus Status { get; private set; }

    /// <summary>When it was decided or withdrawn (UTC).</summary>
    public DateTime? DecidedAt { get; private set; }

    /// <summary>Who decided it.</summary>
    public string? DecidedByUserId { get; private set; }

    /// <summary>The new last day approved: the proposed one or the decider's own.</summary>
    public DateOnly? ApprovedDueOn { get; private set; }

    /// <summary>The decider's comment, or the reason of a rejection.</summary>
    public string? DecisionComment { get; private set; }

    /// <summary>
    /// Checks and creates a request: none pending, made on or before the last day (today ≤ due), with a reason and a
    /// proposed date after the current last day.
    /// </summary>
    internal static Result<ExtensionRequest> Submit(
        IEnumerable<ExtensionRequest> existing, TrackedDeadline deadline, string userId, string reason, DateOnly proposedDueOn, DateTime now, DateOnly today)
    {
        if (existing.Any(r => r.Status == ExtensionRequestStatus.Pending))
        {
            return new ExtensionAlreadyPending();
        }

        if (today > deadline.DueOn)
        {
            return new ConflictError($"期限 {Zh.Date(deadline.DueOn)} 已过，不能再申请延期（延期须在期限届满前提出）");
        }

        if (TextRules.Required("reason", reason, "延期理由", TextLimits.Reason, multiline: true) is { } error)
        {
            return error;
        }

        if (proposedDueOn <= deadline.DueOn)
        {
            return new ValidationError("proposedDueOn", $"申请延期至的日期应晚于当前期限 {Zh.Date(deadline.DueOn)}");
        }

        return new ExtensionRequest
        {
            Reason = reason,
            DueOnAtRequest = deadline.DueOn,
            ProposedDueOn = proposedDueOn,
            RequestedAt = now,
            RequestedOn = today,
            RequestedByUserId = userId,
            Status = ExtensionRequestStatus.Pending,
        };
    }

    /// <summary>Approves: moves <paramref name="deadline"/> to <paramref name="approvedDueOn"/> or, if null, the proposed day.</summary>
    internal Result Approve(TrackedDeadline deadline, string userId, DateOnly? approvedDueOn, string? comment, DateTime now)
    {
        var newDueOn = approvedDueOn ?? ProposedDueOn;
        if (newDueOn <= deadline.DueOn)
        {
            return new ValidationError("approvedDueOn", $"批准的期限应晚于当前期限 {Zh.Date(deadline.DueOn)}");
        }

        if (TextRules.Optional("comment", comment, "审批意见", TextLimits.Reason, multiline: true) is { } error)
        {
            return error;
        }

        deadline.Extend(newDueOn);
        ApprovedDueOn = newDueOn;
        Decide(ExtensionRequestStatus.Approved, userId, comment, now);
        return Result.Success;
    }

    /// <summary>Rejects with a reason; the deadline stands.</summary>
    internal Result Reject(string userId, string reason, DateTime now)
    {
        if (TextRules.Required("reason", reason, "不批准的理由", TextLimits.Reason, multiline: true) is { } error)
        {
            return error;
        }

        Decide(ExtensionRequestStatus.Rejected, userId, reason, now);
        return Result.Success;
    }

    /// <summary>Withdraws a pending request because the work it concerned is finished.</summary>
    internal void Withdraw(DateTime now)
    {
        if (Status == ExtensionRequestStatus.Pending)
        {
            Status = ExtensionRequestStatus.Withdrawn;
            DecidedAt = now;
        }
    }

    private void Decide(ExtensionRequestStatus status, string userId, string? comment, DateTime now)
    {
        Status = status;
        DecidedByUserId = userId;
        DecidedAt = now;
        DecisionComment = comment;
    }
}
