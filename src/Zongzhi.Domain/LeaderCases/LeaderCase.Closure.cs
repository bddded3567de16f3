using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.LeaderCases;

/// <summary>The end of a leader case: transfer, closure, hand-over (移交、办结、移交归档).</summary>
public sealed partial class LeaderCase
{
    /// <summary>
    /// Transfers a matter found outside the town's authority to the competent agency the leader contacted; the written
    /// notice to the center (书面告知) goes with it, and the center files it (<see cref="Matter.FileTransferNotice"/>)
    /// (领导包案的职责第2、3条). The matter leaves the town's active work but stays traceable.
    /// </summary>
    /// <param name="matter">The case's matter.</param>
    /// <param name="userId">The case leader.</param>
    /// <param name="competentAgency">The agency (有关部门), at most 200 characters.</param>
    /// <param name="contactedOn">The day it was contacted; not after today.</param>
    /// <param name="notice">The written notice to the center.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public Result TransferOutsideAuthority(
        Matter matter, string userId, string competentAgency, DateOnly contactedOn, WrittenNotice notice, DateTime now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var refusal = CheckInProgress(matter, userId, "移交");
        refusal ??= TextRules.Required("competentAgency", competentAgency, "有关部门", TextLimits.ShortText);
        refusal ??= contactedOn > today ? new ValidationError("contactedOn", "联系日期不能晚于今天") : null;
        if (refusal is not null)
        {
            return refusal;
        }

        var transfer = Transfer.Create(TransferKind.OutsideTownAuthority, competentAgency, contactedOn, notice, userId, now, today);
        matter.MarkTransferredOutsideAuthority(transfer);
        End(LeaderCaseStatus.Transferred, now, today);
        matter.Record(
            MatterEventKind.TransferredOutsideAuthority, userId, now,
            $"非本镇职权范围，{Zh.Date(contactedOn)} 联系{competentAgency}并移交，书面告知{notice.AddressedTo}", notice.Text);
        return Result.Success;
    }

    /// <summary>
    /// Closes the case (办结) with its result and the party's satisfaction (让当事人满意), which closes the matter. A
    /// handling plan must have been recorded (领导包案的要求第2条).
    /// </summary>
    /// <param name="matter">The case's matter.</param>
    /// <param name="userId">The case leader.</param>
    /// <param name="closingResult">办结结果, at most 10000 characters.</param>
    /// <param name="partySatisfaction">The party's satisfaction.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public Result Close(Matter matter, string userId, string closingResult, Satisfaction partySatisfaction, DateTime now, DateOnly today)
    {
        var refusal = CheckInProgress(matter, userId, "办结");
        refusal ??= Plan is null ? new ConflictError("尚未制定调处方案，不能办结") : null;
        refusal ??= TextRules.Required("closingResult", closingResult, "办结结果", TextLimits.LongText, multiline: true);
        refusal ??= Enum.IsDefined(partySatisfaction) ? null : new ValidationError("partySatisfaction", "满意度无效");
        if (refusal is not null)
        {
            return refusal;
        }

        ClosingResult = closingResult;
        PartySatisfaction = partySatisfaction;
        ClosedAt = now;
        ClosedOn = today;
        End(LeaderCaseStatus.Closed, now, today);
        matter.MarkClosed(userId, now, today);
        var late = today > Deadline!.DueOn ? $"，超过期限 {Zh.Date(Deadline.DueOn)}" : "";
        matter.Record(MatterEventKind.Closed, userId, now, $"包案办结，当事人{Zh.Of(partySatisfaction)}{late}", closingResult);
        return Result.Success;
    }

    /// <summary>Hands the closed case's materials to the center (移交归档) (领导包案的职责第3条); the center then archives.</summary>
    /// <param name="matter">The case's matter.</param>
    /// <param name="userId">The case leader.</param>
    /// <param name="materials">The material list: 1 to 200 lines.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result HandOverMaterials(Matter matter, string userId, IReadOnlyList<string> materials, DateTime now)
    {
        var refusal = CheckLeader(matter, userId);
        refusal ??= Status == LeaderCaseStatus.Closed ? null : new ConflictError(Status == LeaderCaseStatus.HandedOver ? "材料已移交中心" : "包案尚未办结，不能移交材料");
        refusal ??= MaterialList.Validate("materials", materials);
        if (refusal is not null)
        {
            return refusal;
        }

        _handedOverMaterials.AddRange(materials);
        HandedOverAt = now;
        Status = LeaderCaseStatus.HandedOver;
        matter.Record(MatterEventKind.MaterialsHandedOver, userId, now, $"包案材料移交中心归档，共 {materials.Count} 项", string.Join('\n', materials));
        return Result.Success;
    }

    private void End(LeaderCaseStatus status, DateTime now, DateOnly today)
    {
        Status = status;
        Deadline!.Meet(today);
        PendingExtension?.Withdraw(now);
        foreach (var request in _coordinationRequests)
        {
            request.Withdraw(now, today);
        }
    }
}
