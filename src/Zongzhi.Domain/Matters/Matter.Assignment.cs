using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Domain.Matters;

/// <summary>Assignment to a department and transfer to a unit outside the center (交办、转交).</summary>
public sealed partial class Matter
{
    /// <summary>
    /// Issues the assignment sheet (交办单) to a handling department, with optional co-handling departments
    /// (督查督办制度（一）). Refused when a respondent is one of those departments (<see cref="RespondentRule"/>), and,
    /// for a matter the party/government office supervises, before the transfer and its written notice.
    /// </summary>
    /// <param name="userId">The center director.</param>
    /// <param name="sheetNumber">The sheet's number (<see cref="AssignmentSheetNumber.Format"/>).</param>
    /// <param name="handlingDepartmentId">承办部门.</param>
    /// <param name="coHandlingDepartmentIds">协办部门, distinct, not the handling department.</param>
    /// <param name="requirements">交办要求, at most 10000 characters.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date; the signing chase counts from it.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="rules">The deadline rule settings.</param>
    public Result<AssignmentSheet> Assign(
        string userId, string sheetNumber, long handlingDepartmentId, IReadOnlyList<long> coHandlingDepartmentIds, string requirements,
        DateTime now, DateOnly today, WorkCalendar calendar, DeadlineRules rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(coHandlingDepartmentIds);
        ArgumentNullException.ThrowIfNull(rules);
        if (CheckWritable() is { } archived)
        {
            return archived;
        }

        var handledOutside = Status == MatterStatus.Transferred && Transfer?.Kind == TransferKind.OutsideCenter;
        if ((Status != MatterStatus.Accepted && !handledOutside) || AssignedAt is not null)
        {
            return new ConflictError(AssignedAt is null ? "只有已受理、尚未交办的事项可以交办" : "该事项已出具交办单，重新办理请在原交办单上进行");
        }

        if (Track == SupervisionTrack.PartyGovernmentOffice && Transfer is null)
        {
            return new ConflictError("由镇党政办督办的事项，须先转交并书面通报镇党政办，再出具交办单");
        }

        if (CheckAssignment(sheetNumber, handlingDepartmentId, coHandlingDepartmentIds, requirements) is { } invalid)
        {
            return invalid;
        }

        var sheet = AssignmentSheet.Create(
            this, sheetNumber, handlingDepartmentId, coHandlingDepartmentIds, requirements, Complexity!.Value, userId, now, today, calendar, rules);
        AssignedAt = now;
        if (Status == MatterStatus.Accepted)
        {
            Status = MatterStatus.Assigned;
        }

        Record(MatterEventKind.Assigned, userId, now, $"出具交办单 {sheetNumber}，复杂程度：{Zh.Of(sheet.Complexity)}，督办：{Zh.Of(Track)}", requirements);
        return sheet;
    }

    /// <summary>
    /// Transfers the accepted matter to a unit outside the center (转交其他有关部门单位办理): the center notifies the
    /// party/government office in writing (书面通报), which supervises it from then on (督查督办制度（二）).
    /// </summary>
    /// <param name="userId">The center director.</param>
    /// <param name="receivingUnit">The receiving unit's name, at most 200 characters.</param>
    /// <param name="notice">The written notice to the party/government office.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public Result TransferOutsideCenter(string userId, string receivingUnit, WrittenNotice notice, DateTime now, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(notice);
        if (CheckWritable() is { } archived)
        {
            return archived;
        }

        if (Status != MatterStatus.Accepted)
        {
            return new ConflictError("只有已受理、尚未交办的事项可以转交中心以外的单位");
        }

        if (TextRules.Required("receivingUnit", receivingUnit, "承办单位", TextLimits.ShortText) is { } error)
        {
            return error;
        }

        Transfer = Transfer.Create(TransferKind.OutsideCenter, receivingUnit, null, notice, userId, now, today);
        Track = SupervisionTrack.PartyGovernmentOffice;
        Status = MatterStatus.Transferred;
        Record(
            MatterEventKind.TransferredOutsideCenter, userId, now,
            $"转交{receivingUnit}办理，书面通报{notice.AddressedTo}{NoticeNumberText(notice)}，改由镇党政办督查督办", notice.Text);
        return Result.Success;
    }

    private ValidationError? CheckAssignment(string sheetNumber, long handlingDepartmentId, IReadOnlyList<long> coHandlingDepartmentIds, string requirements)
    {
        if ((TextRules.Required("sheetNumber", sheetNumber, "交办单编号", TextLimits.Code)
            ?? TextRules.Required("requirements", requirements, "交办要求", TextLimits.LongText, multiline: true)) is { } textError)
        {
            return textError;
        }

        if (handlingDepartmentId <= 0)
        {
            return new ValidationError("handlingDepartmentId", "请选择承办部门");
        }

        if (RespondentRule.CheckDepartment(_parties, handlingDepartmentId, "handlingDepartmentId") is { } respondent)
        {
            return respondent;
        }

        for (var i = 0; i < coHandlingDepartmentIds.Count; i++)
        {
            var id = coHandlingDepartmentIds[i];
            var field = $"coHandlingDepartmentIds[{i}]";
            if (id <= 0 || id == handlingDepartmentId || coHandlingDepartmentIds.Take(i).Contains(id))
            {
                return new ValidationError(field, "协办部门无效、重复或与承办部门相同");
            }

            if (RespondentRule.CheckDepartment(_parties, id, field) is { } coRespondent)
            {
                return coRespondent;
            }
        }

        return null;
    }

    private static string NoticeNumberText(WrittenNotice notice) =>
        notice.DocumentNumber is { } number ? $"（{number}）" : "";
}
