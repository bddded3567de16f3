using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Supervision;

/// <summary>
/// A reminder (催办) from the supervising body to the handling department of an unsigned or unfinished assignment
/// sheet (督查督办制度: 督促承办案件的相关部门在规定时间内完成). The deadline monitor's automatic due-soon and overdue
/// notices are the application's; this is the supervising body's own, recorded action.
/// </summary>
public sealed class Reminder
{
    private Reminder()
    {
        Message = "";
        SentByUserId = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>The matter.</summary>
    public long MatterId { get; private set; }

    /// <summary>The sheet chased.</summary>
    public long AssignmentSheetId { get; private set; }

    /// <summary>The department chased (the sheet's handling department).</summary>
    public long DepartmentId { get; private set; }

    /// <summary>催办内容.</summary>
    public string Message { get; private set; }

    /// <summary>The supervising body that sent it.</summary>
    public SupervisionTrack SentBy { get; private set; }

    /// <summary>Who sent it.</summary>
    public string SentByUserId { get; private set; }

    /// <summary>When it was sent (UTC).</summary>
    public DateTime SentAt { get; private set; }

    /// <summary>Sends a reminder about <paramref name="sheet"/>, which must await signing or be in handling.</summary>
    /// <param name="matter">The sheet's matter.</param>
    /// <param name="sheet">The sheet chased.</param>
    /// <param name="actingBody">The supervising body the user acts for.</param>
    /// <param name="userId">Who sends it.</param>
    /// <param name="message">催办内容, at most 2000 characters.</param>
    /// <param name="now">The instant (UTC).</param>
    public static Result<Reminder> Send(Matter matter, AssignmentSheet sheet, SupervisionTrack actingBody, string userId, string message, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        matter.EnsureIs(sheet.MatterId);
        if (matter.CheckSupervisable(actingBody) is { } refusal)
        {
            return refusal;
        }

        if (sheet.Status is not (AssignmentSheetStatus.AwaitingReceipt or AssignmentSheetStatus.InHandling))
        {
            return new ConflictError("交办单不在待签收或办理中，无需催办");
        }

        if (TextRules.Required("message", message, "催办内容", TextLimits.Reason, multiline: true) is { } error)
        {
            return error;
        }

        var reminder = new Reminder
        {
            MatterId = matter.Id,
            AssignmentSheetId = sheet.Id,
            DepartmentId = sheet.HandlingDepartmentId,
            Message = message,
            SentBy = actingBody,
            SentByUserId = userId,
            SentAt = now,
        };
        var what = sheet.Status == AssignmentSheetStatus.AwaitingReceipt ? "签收" : "办理";
        matter.Record(MatterEventKind.ReminderSent, userId, now, $"催办交办单 {sheet.Number} 的{what}", message);
        return reminder;
    }
}
