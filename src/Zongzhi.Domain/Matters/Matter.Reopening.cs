using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Domain.Matters;

/// <summary>Reopening a closed matter for re-handling after the party rated it 不满意 (不满意评价复核).</summary>
public sealed partial class Matter
{
    /// <summary>
    /// Reopens a closed matter handled by an assignment sheet, so that the supervising body can order re-handling on
    /// the sheet (<see cref="Assignments.AssignmentSheet.OrderRehandling"/>). Archived matters stay read-only; matters
    /// handled by a leader case or transferred are not reopened here.
    /// </summary>
    /// <param name="actingBody">The supervising body the user acts for.</param>
    /// <param name="userId">Who reopens it.</param>
    /// <param name="reason">Why, recorded in the timeline.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result ReopenForRehandling(SupervisionTrack actingBody, string userId, string reason, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if ((CheckWritable() ?? CheckSupervisor(actingBody)) is { } refusal)
        {
            return refusal;
        }

        if (Status != MatterStatus.Closed || AssignedAt is null || HandledByLeaderCase)
        {
            return new ConflictError("只有经交办单办理并已办结、尚未归档的事项可以重新办理");
        }

        Status = MatterStatus.Assigned;
        ClosedAt = null;
        ClosedOn = null;
        ClosedByUserId = null;
        Record(MatterEventKind.Reopened, userId, now, "当事人评价不满意，经复核重新办理", reason);
        return Result.Success;
    }
}
