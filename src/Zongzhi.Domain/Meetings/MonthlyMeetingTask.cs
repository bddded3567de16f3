using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Domain.Meetings;

/// <summary>
/// A task the monthly meeting assigns for the next period (综治例会：布置下一阶段工作任务), owned by a department or a
/// person and due on a date; tracked on the supervision board until its owner marks it done with a note.
/// </summary>
public sealed class MonthlyMeetingTask
{
    private MonthlyMeetingTask()
    {
        Description = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>The meeting that assigned it.</summary>
    public long MonthlyMeetingId { get; private set; }

    /// <summary>任务内容.</summary>
    public string Description { get; private set; }

    /// <summary>责任部门, when a department owns it.</summary>
    public long? OwnerDepartmentId { get; private set; }

    /// <summary>责任人, when a person owns it.</summary>
    public string? OwnerUserId { get; private set; }

    /// <summary>完成时限: the last day (the day ends at 24:00).</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>The supervising body that tracks it: the center, which runs the meeting (督查督办).</summary>
    public SupervisionTrack SupervisedBy { get; private set; } = SupervisionTrack.Center;

    /// <summary>When the owner marked it done (UTC).</summary>
    public DateTime? CompletedAt { get; private set; }

    /// <summary>The town's date it was marked done.</summary>
    public DateOnly? CompletedOn { get; private set; }

    /// <summary>Who marked it done.</summary>
    public string? CompletedByUserId { get; private set; }

    /// <summary>完成情况.</summary>
    public string? CompletionNote { get; private set; }

    /// <summary>Whether it is done.</summary>
    public bool IsDone => CompletedAt is not null;

    /// <summary>Whether it was done by its last day (null while open).</summary>
    public bool? WasOnTime => CompletedOn is { } on ? on <= DueOn : null;

    /// <summary>Checks a draft: a description, exactly one owner, a last day not before the meeting.</summary>
    /// <param name="draft">The task as entered.</param>
    /// <param name="index">Its position, for field names (<c>tasks[0].dueOn</c>).</param>
    /// <param name="heldOn">The meeting's date.</param>
    internal static ValidationError? Check(MonthlyMeetingTaskDraft draft, int index, DateOnly heldOn)
    {
        var field = $"tasks[{index}]";
        return TextRules.Required($"{field}.description", draft.Description, "任务内容", TextLimits.Reason, multiline: true)
            ?? ((draft.OwnerDepartmentId is null) == string.IsNullOrEmpty(draft.OwnerUserId)
                ? new ValidationError($"{field}.owner", "请选择任务的责任部门或责任人（二选一）")
                : null)
            ?? (draft.DueOn is null ? new ValidationError($"{field}.dueOn", "请填写完成时限") : null)
            ?? (draft.DueOn < heldOn ? new ValidationError($"{field}.dueOn", "完成时限不能早于例会日期") : null);
    }

    internal static MonthlyMeetingTask From(MonthlyMeetingTaskDraft draft) => new()
    {
        Description = draft.Description!,
        OwnerDepartmentId = draft.OwnerDepartmentId,
        OwnerUserId = string.IsNullOrEmpty(draft.OwnerUserId) ? null : draft.OwnerUserId,
        DueOn = draft.DueOn!.Value,
    };

    /// <summary>
    /// 完成: the owner (a member of the owner department, or the owner person) marks the task done with a note, once.
    /// </summary>
    /// <param name="userId">Who marks it.</param>
    /// <param name="userDepartmentId">Their department, if any.</param>
    /// <param name="note">完成情况, at most 2000 characters.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public Result Complete(string userId, long? userDepartmentId, string? note, DateTime now, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (IsDone)
        {
            return new ConflictError("该任务已完成");
        }

        var isOwner = (OwnerUserId is not null && OwnerUserId == userId)
            || (OwnerDepartmentId is not null && OwnerDepartmentId == userDepartmentId);
        if (!isOwner)
        {
            return new ForbiddenError("只有任务的责任部门或责任人可以标记完成");
        }

        if (TextRules.Required("note", note, "完成情况", TextLimits.Reason, multiline: true) is { } error)
        {
            return error;
        }

        CompletedAt = now;
        CompletedOn = today;
        CompletedByUserId = userId;
        CompletionNote = note;
        return Result.Success;
    }
}
