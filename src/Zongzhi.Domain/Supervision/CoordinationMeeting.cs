using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Supervision;

/// <summary>
/// A coordination meeting (协调会) of department heads convened by the supervising body about a matter
/// (督查督办部门的职权第4条: 有权召集有关部门负责人会议，协调处理有关问题): departments convened, date and place; then
/// attendees, minutes and decisions, each decision a tracked <see cref="MeetingTask"/>.
/// </summary>
public sealed class CoordinationMeeting
{
    private readonly List<long> _departmentIds = [];
    private readonly List<string> _attendees = [];
    private readonly List<MeetingTask> _tasks = [];

    private CoordinationMeeting()
    {
        Topic = "";
        Place = "";
        ConvenedByUserId = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>The matter.</summary>
    public long MatterId { get; private set; }

    /// <summary>会议议题.</summary>
    public string Topic { get; private set; }

    /// <summary>The departments convened.</summary>
    public IReadOnlyList<long> DepartmentIds => _departmentIds;

    /// <summary>会议日期.</summary>
    public DateOnly HeldOn { get; private set; }

    /// <summary>会议地点.</summary>
    public string Place { get; private set; }

    /// <summary>The supervising body that convened it.</summary>
    public SupervisionTrack ConvenedBy { get; private set; }

    /// <summary>Who convened it.</summary>
    public string ConvenedByUserId { get; private set; }

    /// <summary>When it was convened (UTC).</summary>
    public DateTime ConvenedAt { get; private set; }

    /// <summary>Where it stands.</summary>
    public CoordinationMeetingStatus Status { get; private set; }

    /// <summary>参会人员, as recorded.</summary>
    public IReadOnlyList<string> Attendees => _attendees;

    /// <summary>会议纪要.</summary>
    public string? Minutes { get; private set; }

    /// <summary>When the minutes were recorded (UTC).</summary>
    public DateTime? MinutesRecordedAt { get; private set; }

    /// <summary>The decided tasks.</summary>
    public IReadOnlyList<MeetingTask> Tasks => _tasks;

    /// <summary>Convenes a meeting of <paramref name="departmentIds"/> on <paramref name="heldOn"/> at <paramref name="place"/>.</summary>
    /// <param name="matter">The matter supervised.</param>
    /// <param name="actingBody">The supervising body the user acts for.</param>
    /// <param name="userId">Who convenes it.</param>
    /// <param name="topic">议题, at most 200 characters.</param>
    /// <param name="departmentIds">The departments convened, at least one, distinct.</param>
    /// <param name="heldOn">The meeting's date.</param>
    /// <param name="place">The place, at most 200 characters.</param>
    /// <param name="now">The instant (UTC).</param>
    public static Result<CoordinationMeeting> Convene(
        Matter matter, SupervisionTrack actingBody, string userId, string topic, IReadOnlyList<long> departmentIds, DateOnly heldOn, string place, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentNullException.ThrowIfNull(departmentIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var refusal = matter.CheckSupervisable(actingBody);
        refusal ??= TextRules.Required("topic", topic, "会议议题", TextLimits.ShortText);
        refusal ??= departmentIds.Count == 0 || departmentIds.Any(id => id <= 0) || departmentIds.Distinct().Count() != departmentIds.Count
            ? new ValidationError("departmentIds", "请选择参加协调会的部门（不能重复）")
            : null;
        refusal ??= TextRules.Required("place", place, "会议地点", TextLimits.ShortText);
        if (refusal is not null)
        {
            return refusal;
        }

        var meeting = new CoordinationMeeting
        {
            MatterId = matter.Id,
            Topic = topic,
            HeldOn = heldOn,
            Place = place,
            ConvenedBy = actingBody,
            ConvenedByUserId = userId,
            ConvenedAt = now,
            Status = CoordinationMeetingStatus.Convened,
        };
        meeting._departmentIds.AddRange(departmentIds);
        matter.Record(MatterEventKind.MeetingConvened, userId, now, $"召集协调会：{topic}，{Zh.Date(heldOn)} 于{place}，{departmentIds.Count} 个部门参加");
        return meeting;
    }

    /// <summary>Records the attendees, minutes and decisions once the meeting was held (on or after its date).</summary>
    /// <param name="matter">The matter.</param>
    /// <param name="actingBody">The supervising body the user acts for.</param>
    /// <param name="userId">Who records them.</param>
    /// <param name="attendees">参会人员, at least one.</param>
    /// <param name="minutes">会议纪要, at most 10000 characters.</param>
    /// <param name="decisions">议定事项, each due today or later.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    /// <param name="calendar">The working-day calendar (its version is kept with each task's deadline).</param>
    public Result RecordOutcome(
        Matter matter, SupervisionTrack actingBody, string userId, IReadOnlyList<string> attendees, string minutes,
        IReadOnlyList<MeetingDecision> decisions, DateTime now, DateOnly today, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentNullException.ThrowIfNull(attendees);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        matter.EnsureIs(MatterId);
        var refusal = matter.CheckWritable();
        refusal ??= Status == CoordinationMeetingStatus.Held ? new ConflictError("协调会纪要已记录") : null;
        refusal ??= today < HeldOn ? new ConflictError("协调会尚未召开，不能记录纪要") : null;
        refusal ??= matter.CheckSupervisor(actingBody);
        refusal ??= attendees.Count == 0 ? new ValidationError("attendees", "请填写参会人员") : null;
        refusal ??= attendees.Select((a, i) => TextRules.Required($"attendees[{i}]", a, "参会人员", TextLimits.PersonName)).FirstOrDefault(e => e is not null);
        refusal ??= TextRules.Required("minutes", minutes, "会议纪要", TextLimits.LongText, multiline: true);
        refusal ??= decisions.Select((d, i) => CheckDecision(d, i, today)).FirstOrDefault(e => e is not null);
        if (refusal is not null)
        {
            return refusal;
        }

        _attendees.AddRange(attendees);
        Minutes = minutes;
        MinutesRecordedAt = now;
        Status = CoordinationMeetingStatus.Held;
        _tasks.AddRange(decisions.Select(d => MeetingTask.Create(d, MatterId, today, calendar)));
        matter.Record(MatterEventKind.MeetingHeld, userId, now, $"协调会“{Topic}”纪要已记录，议定事项 {decisions.Count} 项", minutes);
        return Result.Success;
    }

    /// <summary>Completes a decided task, by a user of its owner department.</summary>
    /// <param name="matter">The matter.</param>
    /// <param name="task">One of <see cref="Tasks"/>.</param>
    /// <param name="userId">Who completes it.</param>
    /// <param name="userDepartmentId">That user's department.</param>
    /// <param name="note">How it was done, at most 10000 characters.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public Result CompleteTask(Matter matter, MeetingTask task, string userId, long userDepartmentId, string note, DateTime now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        matter.EnsureIs(MatterId);
        if (!_tasks.Contains(task))
        {
            throw new ArgumentException("The task belongs to another meeting.", nameof(task));
        }

        var refusal = matter.CheckWritable();
        refusal ??= task.IsCompleted ? new ConflictError("该议定事项已完成") : null;
        refusal ??= userDepartmentId != task.OwnerDepartmentId ? new ForbiddenError("只有负责该议定事项的部门可以办结") : null;
        refusal ??= TextRules.Required("note", note, "完成情况", TextLimits.LongText, multiline: true);
        if (refusal is not null)
        {
            return refusal;
        }

        task.Complete(userId, note, now, today);
        matter.Record(MatterEventKind.MeetingTaskCompleted, userId, now, $"完成协调会议定事项：{task.Description}", note);
        return Result.Success;
    }

    private static ValidationError? CheckDecision(MeetingDecision decision, int index, DateOnly today) =>
        TextRules.Required($"decisions[{index}].description", decision.Description, "议定事项", TextLimits.Reason, multiline: true)
        ?? (decision.OwnerDepartmentId <= 0 ? new ValidationError($"decisions[{index}].ownerDepartmentId", "请选择负责部门") : null)
        ?? (decision.DueOn < today ? new ValidationError($"decisions[{index}].dueOn", "完成期限不能早于今天") : null);
}
