using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.LeaderCases;

/// <summary>
/// Extensions of a leader case (延期): the leader gives the reason and the proposed deadline; only the top leader
/// (党政一把手) approves or rejects (领导包案的职责第1条: 说明理由及延期办理期限，报党政一把手审批，并在延期期限内办结).
/// </summary>
public sealed partial class LeaderCase
{
    /// <summary>Requests an extension, by the case leader, on or before the case's last day.</summary>
    /// <param name="matter">The case's matter.</param>
    /// <param name="userId">The case leader.</param>
    /// <param name="reason">延期理由.</param>
    /// <param name="proposedDueOn">延期办理期限, after the current last day.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public Result<ExtensionRequest> RequestExtension(Matter matter, string userId, string reason, DateOnly proposedDueOn, DateTime now, DateOnly today)
    {
        if (CheckInProgress(matter, userId, "申请延期") is { } refusal)
        {
            return refusal;
        }

        var submitted = ExtensionRequest.Submit(_extensionRequests, Deadline!, userId, reason, proposedDueOn, now, today);
        if (!submitted.IsSuccess)
        {
            return submitted;
        }

        _extensionRequests.Add(submitted.Value!);
        matter.Record(
            MatterEventKind.ExtensionRequested, userId, now,
            $"包案领导申请延期至 {Zh.Date(proposedDueOn)}（当前期限 {Zh.Date(Deadline!.DueOn)}），报党政一把手审批", reason);
        return submitted;
    }

    /// <summary>
    /// Approves the pending extension, only by the top leader; the case must then close by the approved day, and the
    /// original deadline is kept for on-time rates.
    /// </summary>
    /// <param name="matter">The case's matter.</param>
    /// <param name="userId">The decider.</param>
    /// <param name="isTopLeader">Whether the decider is the top leader (党政一把手), from the application's role data.</param>
    /// <param name="approvedDueOn">The new last day; null for the proposed one.</param>
    /// <param name="comment">审批意见, optional.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result ApproveExtension(Matter matter, string userId, bool isTopLeader, DateOnly? approvedDueOn, string? comment, DateTime now)
    {
        if (CheckExtensionDecision(matter, userId, isTopLeader) is { } refusal)
        {
            return refusal;
        }

        var previous = Deadline!.DueOn;
        var approved = PendingExtension!.Approve(Deadline, userId, approvedDueOn, comment, now);
        if (approved.IsSuccess)
        {
            matter.Record(
                MatterEventKind.ExtensionApproved, userId, now,
                $"党政一把手批准包案延期：期限由 {Zh.Date(previous)} 延至 {Zh.Date(Deadline.DueOn)}（原定期限 {Zh.Date(Deadline.OriginalDueOn)}）",
                comment);
        }

        return approved;
    }

    /// <summary>Rejects the pending extension, only by the top leader; the deadline stays as it was.</summary>
    /// <param name="matter">The case's matter.</param>
    /// <param name="userId">The decider.</param>
    /// <param name="isTopLeader">Whether the decider is the top leader (党政一把手).</param>
    /// <param name="reason">不批准的理由.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result RejectExtension(Matter matter, string userId, bool isTopLeader, string reason, DateTime now)
    {
        if (CheckExtensionDecision(matter, userId, isTopLeader) is { } refusal)
        {
            return refusal;
        }

        var rejected = PendingExtension!.Reject(userId, reason, now);
        if (rejected.IsSuccess)
        {
            matter.Record(MatterEventKind.ExtensionRejected, userId, now, $"党政一把手不批准包案延期，期限仍为 {Zh.Date(Deadline!.DueOn)}", reason);
        }

        return rejected;
    }

    private DomainError? CheckExtensionDecision(Matter matter, string userId, bool isTopLeader)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        matter.EnsureIs(MatterId);
        var refusal = matter.CheckWritable();
        refusal ??= isTopLeader ? null : new ForbiddenError("只有党政一把手可以审批包案延期申请");
        refusal ??= Status == LeaderCaseStatus.InProgress && PendingExtension is not null ? null : new ConflictError("没有待审批的延期申请");
        return refusal;
    }
}
