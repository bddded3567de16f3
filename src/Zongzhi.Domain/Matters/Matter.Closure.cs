using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Domain.Matters;

/// <summary>Callback, closure, filing and archive (回访、办结、备案、归档).</summary>
public sealed partial class Matter
{
    /// <summary>Records a callback to the party (回访) once the handling result is accepted, or after closure.</summary>
    /// <param name="userId">Who called back.</param>
    /// <param name="method">How the party was reached.</param>
    /// <param name="satisfaction">The party's satisfaction.</param>
    /// <param name="notes">What the party said, optional.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public Result<Callback> RecordCallback(string userId, CallbackMethod method, Satisfaction satisfaction, string? notes, DateTime now, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (CheckWritable() is { } archived)
        {
            return archived;
        }

        if (ResultAcceptedAt is null && Status != MatterStatus.Closed)
        {
            return new ConflictError("办理结果尚未审核通过，不能回访");
        }

        if (!Enum.IsDefined(method))
        {
            return new ValidationError("method", "回访方式无效");
        }

        if (!Enum.IsDefined(satisfaction))
        {
            return new ValidationError("satisfaction", "满意度无效");
        }

        if (TextRules.Optional("notes", notes, "回访记录", TextLimits.LongText, multiline: true) is { } error)
        {
            return error;
        }

        var callback = Callback.Create(method, satisfaction, notes, userId, now, today);
        _callbacks.Add(callback);
        Record(MatterEventKind.CallbackRecorded, userId, now, $"{Zh.Of(method)}，当事人{Zh.Of(satisfaction)}", notes);
        return callback;
    }

    /// <summary>
    /// Closes the matter (办结) after its result was accepted and the party called back since; by the supervising body.
    /// A leader case closes its matter through <see cref="LeaderCase.Close"/>.
    /// </summary>
    /// <param name="actingBody">The supervising body the user acts for.</param>
    /// <param name="userId">Who closes it.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public Result Close(SupervisionTrack actingBody, string userId, DateTime now, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if ((CheckWritable() ?? CheckSupervisor(actingBody)) is { } refusal)
        {
            return refusal;
        }

        if (Status == MatterStatus.Closed)
        {
            return new ConflictError("事项已办结");
        }

        if (ResultAcceptedAt is not { } acceptedAt || !IsUnderSupervision)
        {
            return new ConflictError("办理结果尚未审核通过，不能办结");
        }

        if (!_callbacks.Any(c => c.RecordedAt >= acceptedAt))
        {
            return new ConflictError("尚未回访当事人，不能办结");
        }

        MarkClosed(userId, now, today);
        Record(MatterEventKind.Closed, userId, now, "办结");
        return Result.Success;
    }

    /// <summary>
    /// Files (备案) the case leader's written notice of a transfer outside the town's authority (领导包案的职责第3条);
    /// the matter can then be archived.
    /// </summary>
    /// <param name="userId">The center staff member who files it.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result FileTransferNotice(string userId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (CheckWritable() is { } archived)
        {
            return archived;
        }

        if (Transfer is not { Kind: TransferKind.OutsideTownAuthority } transfer)
        {
            return new ConflictError("只有移交本镇职权范围以外的事项需要对书面告知备案");
        }

        if (transfer.IsFiled)
        {
            return new ConflictError("书面告知已备案");
        }

        transfer.File(userId, now);
        Record(MatterEventKind.TransferFiled, userId, now, $"书面告知已备案：移交{transfer.ReceivingUnit}");
        return Result.Success;
    }

    /// <summary>
    /// Archives the matter (归档) with its archive number and material list; it is read-only from then on. Allowed for a
    /// closed, declined or merged matter, or one transferred outside the town's authority whose notice is filed; a
    /// leader case's matter only after the leader handed the materials to the center (领导包案的职责第3条).
    /// </summary>
    /// <param name="userId">The center staff member who archives it.</param>
    /// <param name="archiveNumber">档案号, at most 50 characters.</param>
    /// <param name="materials">归档材料清单: 1 to 200 lines.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="leaderCase">The matter's leader case, required when <see cref="HandledByLeaderCase"/> and closed.</param>
    public Result Archive(string userId, string archiveNumber, IReadOnlyList<string> materials, DateTime now, LeaderCase? leaderCase = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (CheckWritable() is { } archived)
        {
            return archived;
        }

        var transferFiled = Transfer is { Kind: TransferKind.OutsideTownAuthority, IsFiled: true };
        if (Status is not (MatterStatus.Closed or MatterStatus.Declined or MatterStatus.Merged) && !(Status == MatterStatus.Transferred && transferFiled))
        {
            return new ConflictError(Status == MatterStatus.Transferred && Transfer?.Kind == TransferKind.OutsideTownAuthority
                ? "书面告知尚未备案，不能归档"
                : "事项尚未办结，不能归档");
        }

        if (HandledByLeaderCase && Status == MatterStatus.Closed)
        {
            if (leaderCase is null || leaderCase.Status != LeaderCaseStatus.HandedOver)
            {
                return new ConflictError("包案领导尚未移交办结材料，不能归档");
            }

            EnsureIs(leaderCase.MatterId);
        }

        if ((TextRules.Required("archiveNumber", archiveNumber, "档案号", TextLimits.Code) ?? MaterialList.Validate("materials", materials)) is { } error)
        {
            return error;
        }

        ArchiveRecord = ArchiveRecord.Create(archiveNumber, materials, userId, now);
        Status = MatterStatus.Archived;
        leaderCase?.MarkArchived(now);
        Record(MatterEventKind.Archived, userId, now, $"归档，档案号 {archiveNumber}", string.Join('\n', materials));
        return Result.Success;
    }

    internal void MarkResultAccepted(DateTime now) => ResultAcceptedAt = now;

    internal void ClearResultAccepted() => ResultAcceptedAt = null;

    internal void MarkClosed(string userId, DateTime now, DateOnly today)
    {
        Status = MatterStatus.Closed;
        ClosedAt = now;
        ClosedOn = today;
        ClosedByUserId = userId;
    }

    internal void MarkTransferredOutsideAuthority(Transfer transfer)
    {
        Transfer = transfer;
        Status = MatterStatus.Transferred;
    }
}
