using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Domain.Assignments;

/// <summary>
/// Extensions of a round (延期): the department explains why before the deadline and proposes a date; the supervising
/// body sets the new deadline or refuses (督查督办制度（三）).
/// </summary>
public sealed partial class AssignmentSheet
{
    /// <summary>Requests an extension of the current round, by a user of the handling department, on or before its last day.</summary>
    /// <param name="matter">The sheet's matter.</param>
    /// <param name="userId">The requester.</param>
    /// <param name="userDepartmentId">The requester's department.</param>
    /// <param name="reason">延期理由.</param>
    /// <param name="proposedDueOn">The proposed last day, after the current one.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public Result<ExtensionRequest> RequestExtension(
        Matter matter, string userId, long userDepartmentId, string reason, DateOnly proposedDueOn, DateTime now, DateOnly today)
    {
        if (Check(matter, userId) is { } refusal)
        {
            return refusal;
        }

        if (Status != AssignmentSheetStatus.InHandling)
        {
            return new ConflictError("只有已签收、办理中的交办单可以申请延期");
        }

        if (CheckHandlingDepartment(userDepartmentId, "申请延期") is { } denied)
        {
            return denied;
        }

        var round = CurrentRound!;
        var request = ExtensionRequest.Submit(round.ExtensionRequests, round.Deadline, userId, reason, proposedDueOn, now, today);
        if (request.Value is not { } created)
        {
            return request;
        }

        round.AddExtensionRequest(created);
        matter.Record(
            MatterEventKind.ExtensionRequested, userId, now,
            $"交办单 {Number} 申请延期至 {Zh.Date(proposedDueOn)}（当前期限 {Zh.Date(round.Deadline.DueOn)}）", reason);
        return created;
    }

    /// <summary>
    /// Approves the pending extension by the supervising body, with the proposed date or its own; the round's
    /// deadline moves and its original date is kept.
    /// </summary>
    /// <param name="matter">The sheet's matter.</param>
    /// <param name="actingBody">The supervising body the user acts for.</param>
    /// <param name="userId">The decider.</param>
    /// <param name="approvedDueOn">The new last day; null for the proposed one.</param>
    /// <param name="comment">审批意见, optional.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result ApproveExtension(Matter matter, SupervisionTrack actingBody, string userId, DateOnly? approvedDueOn, string? comment, DateTime now)
    {
        if ((Check(matter, userId) ?? CheckPendingExtension(matter, actingBody)) is { } refusal)
        {
            return refusal;
        }

        var round = CurrentRound!;
        var previous = round.Deadline.DueOn;
        var approved = round.PendingExtension!.Approve(round.Deadline, userId, approvedDueOn, comment, now);
        if (approved.IsSuccess)
        {
            matter.Record(
                MatterEventKind.ExtensionApproved, userId, now,
                $"批准交办单 {Number} 延期：期限由 {Zh.Date(previous)} 延至 {Zh.Date(round.Deadline.DueOn)}（原定期限 {Zh.Date(round.Deadline.OriginalDueOn)}）",
                comment);
        }

        return approved;
    }

    /// <summary>Rejects the pending extension by the supervising body, with a reason; the deadline stands.</summary>
    /// <param name="matter">The sheet's matter.</param>
    /// <param name="actingBody">The supervising body the user acts for.</param>
    /// <param name="userId">The decider.</param>
    /// <param name="reason">不批准的理由.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result RejectExtension(Matter matter, SupervisionTrack actingBody, string userId, string reason, DateTime now)
    {
        if ((Check(matter, userId) ?? CheckPendingExtension(matter, actingBody)) is { } refusal)
        {
            return refusal;
        }

        var round = CurrentRound!;
        var rejected = round.PendingExtension!.Reject(userId, reason, now);
        if (rejected.IsSuccess)
        {
            matter.Record(
                MatterEventKind.ExtensionRejected, userId, now,
                $"不批准交办单 {Number} 延期，期限仍为 {Zh.Date(round.Deadline.DueOn)}", reason);
        }

        return rejected;
    }

    private DomainError? CheckPendingExtension(Matter matter, SupervisionTrack actingBody) =>
        CurrentRound?.PendingExtension is null || Status != AssignmentSheetStatus.InHandling
            ? new ConflictError("没有待审批的延期申请")
            : matter.CheckSupervisor(actingBody);
}
