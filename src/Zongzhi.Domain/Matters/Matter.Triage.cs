using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Domain.Matters;

/// <summary>Triage by the center director (受理、不予受理、重复件、交由领导包案).</summary>
public sealed partial class Matter
{
    /// <summary>
    /// Accepts the matter (受理) with its complexity, which sets the handling period (督查督办制度（三）), and its
    /// supervising track (督查督办制度（二）).
    /// </summary>
    /// <param name="userId">The center director.</param>
    /// <param name="complexity">一般/复杂/特别复杂.</param>
    /// <param name="track">Who will supervise.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result Accept(string userId, Complexity complexity, SupervisionTrack track, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (CheckTriageable() is { } refusal)
        {
            return refusal;
        }

        if (!Enum.IsDefined(complexity))
        {
            return new ValidationError("complexity", "复杂程度无效");
        }

        if (!Enum.IsDefined(track))
        {
            return new ValidationError("track", "督办部门无效");
        }

        Complexity = complexity;
        Track = track;
        Triaged(MatterStatus.Accepted, userId, now);
        Record(MatterEventKind.Accepted, userId, now, $"受理，复杂程度：{Zh.Of(complexity)}，督办：{Zh.Of(track)}");
        return Result.Success;
    }

    /// <summary>Declines the matter (不予受理) with a written reason.</summary>
    /// <param name="userId">The center director.</param>
    /// <param name="reason">Why, at most 2000 characters; shown to the party.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result Decline(string userId, string reason, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if ((CheckTriageable() ?? TextRules.Required("reason", reason, "不予受理的理由", TextLimits.Reason, multiline: true)) is { } refusal)
        {
            return refusal;
        }

        DeclineReason = reason;
        Triaged(MatterStatus.Declined, userId, now);
        Record(MatterEventKind.Declined, userId, now, "不予受理", reason);
        return Result.Success;
    }

    /// <summary>
    /// Merges this matter into <paramref name="original"/> as a repeat (重复件); the link is kept and the original's
    /// timeline notes the repeat (unless the original is archived).
    /// </summary>
    /// <param name="original">The earlier matter; not this one, not itself a repeat.</param>
    /// <param name="userId">The center director.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result MergeAsDuplicate(Matter original, string userId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (CheckTriageable() is { } refusal)
        {
            return refusal;
        }

        if (ReferenceEquals(original, this) || (Id != 0 && original.Id == Id))
        {
            return new ValidationError("duplicateOfMatterId", "不能把事项合并到它自己");
        }

        if (original.Status == MatterStatus.Merged)
        {
            return new ValidationError("duplicateOfMatterId", $"事项 {original.Number} 本身是重复件，请合并到它的原事项");
        }

        DuplicateOfMatterId = original.Id;
        Triaged(MatterStatus.Merged, userId, now);
        Record(MatterEventKind.MergedAsDuplicate, userId, now, $"作为重复件合并到事项 {original.Number}");
        if (original.CheckWritable() is null)
        {
            original.Record(MatterEventKind.DuplicateReceived, userId, now, $"收到重复件 {Number}");
        }

        return Result.Success;
    }

    /// <summary>
    /// Hands the matter to a named case leader (领导包案制度), by the center director or a town leader; the leader then
    /// takes it (<see cref="LeaderCase.Take"/>). A leader named as respondent is refused (<see cref="RespondentRule"/>).
    /// </summary>
    /// <param name="userId">The director or town leader who assigns the case.</param>
    /// <param name="caseLeaderUserId">包案领导.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result<LeaderCase> HandToLeader(string userId, string caseLeaderUserId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (CheckWritable() is { } archived)
        {
            return archived;
        }

        if (Status is not (MatterStatus.Registered or MatterStatus.Accepted))
        {
            return new ConflictError("只有待受理或已受理、尚未交办的事项可以交由领导包案");
        }

        if (string.IsNullOrWhiteSpace(caseLeaderUserId))
        {
            return new ValidationError("caseLeaderUserId", "请选择包案领导");
        }

        if (RespondentRule.CheckUser(_parties, caseLeaderUserId) is not null)
        {
            return new ValidationError("caseLeaderUserId", "该领导是本事项的被投诉人，不能包案");
        }

        HandledByLeaderCase = true;
        Triaged(MatterStatus.InLeaderCase, userId, now);
        Record(MatterEventKind.HandedToLeader, userId, now, "交由领导包案");
        return LeaderCase.Create(Id, caseLeaderUserId, userId, now);
    }

    private DomainError? CheckTriageable() =>
        CheckWritable() ?? (Status == MatterStatus.Registered ? null : new ConflictError("该事项已不是待受理状态，不能再受理、不予受理或合并"));

    private void Triaged(MatterStatus status, string userId, DateTime now)
    {
        Status = status;
        TriagedAt ??= now;
        TriagedByUserId ??= userId;
    }
}
