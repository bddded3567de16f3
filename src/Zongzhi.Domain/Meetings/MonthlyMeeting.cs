using Zongzhi.Domain.Information;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Meetings;

/// <summary>
/// The record of a monthly meeting (综治例会记录, 信息收集通报制度（二）5: 每月召开一次综治例会，分析通报上一阶段情况，
/// 布置下一阶段工作任务，并向镇党政领导汇报): the month reviewed, the date, the attendees (参会人员), the minutes
/// (会议纪要) and the next period's tasks (下一阶段工作任务), each with an owner and a last day. One per month.
/// </summary>
public sealed class MonthlyMeeting
{
    private readonly List<string> _attendees = [];
    private readonly List<MonthlyMeetingTask> _tasks = [];

    private MonthlyMeeting()
    {
        Minutes = "";
        RecordedByUserId = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>统计月份: the month the meeting analyses (normally the one before it is held).</summary>
    public ReportMonth Month { get; private set; }

    /// <summary>会议日期.</summary>
    public DateOnly HeldOn { get; private set; }

    /// <summary>参会人员.</summary>
    public IReadOnlyList<string> Attendees => _attendees;

    /// <summary>会议纪要.</summary>
    public string Minutes { get; private set; }

    /// <summary>Who recorded it.</summary>
    public string RecordedByUserId { get; private set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTime RecordedAt { get; private set; }

    /// <summary>When it was last revised (UTC).</summary>
    public DateTime? RevisedAt { get; private set; }

    /// <summary>下一阶段工作任务.</summary>
    public IReadOnlyList<MonthlyMeetingTask> Tasks => _tasks;

    /// <summary>Records a meeting that has been held (not in the future).</summary>
    /// <param name="month">The month reviewed.</param>
    /// <param name="heldOn">The date held, not after today.</param>
    /// <param name="attendees">参会人员, at least one.</param>
    /// <param name="minutes">会议纪要, at most 10000 characters.</param>
    /// <param name="tasks">The next period's tasks (may be none).</param>
    /// <param name="userId">Who records it.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public static Result<MonthlyMeeting> Record(ReportMonth? month, DateOnly? heldOn, IReadOnlyList<string>? attendees, string? minutes,
        IReadOnlyList<MonthlyMeetingTaskDraft>? tasks, string userId, DateTime now, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var errors = new List<ValidationError>();
        if (month is null)
        {
            errors.Add(new ValidationError("month", "请填写统计月份（yyyy-MM）"));
        }

        errors.AddRange(Check(heldOn, attendees, minutes, today));
        if (heldOn is { } held)
        {
            errors.AddRange((tasks ?? []).Select((t, i) => MonthlyMeetingTask.Check(t, i, held)).OfType<ValidationError>());
        }

        if (errors.Count > 0)
        {
            return errors.Count == 1 ? errors[0] : new ValidationFailure(errors);
        }

        var meeting = new MonthlyMeeting { Month = month!.Value, HeldOn = heldOn!.Value, Minutes = minutes!, RecordedByUserId = userId, RecordedAt = now };
        meeting._attendees.AddRange(Clean(attendees!));
        meeting._tasks.AddRange((tasks ?? []).Select(MonthlyMeetingTask.From));
        return meeting;
    }

    /// <summary>Corrects the date, attendees and minutes (the tasks stay as tracked).</summary>
    /// <param name="heldOn">The date held, not after today nor after an existing task's last day.</param>
    /// <param name="attendees">参会人员.</param>
    /// <param name="minutes">会议纪要.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public Result Revise(DateOnly? heldOn, IReadOnlyList<string>? attendees, string? minutes, DateTime now, DateOnly today)
    {
        var errors = Check(heldOn, attendees, minutes, today).ToList();
        if (errors.Count == 0 && _tasks.Any(t => t.DueOn < heldOn))
        {
            errors.Add(new ValidationError("heldOn", "例会日期不能晚于已布置任务的完成时限"));
        }

        if (errors.Count > 0)
        {
            return errors.Count == 1 ? errors[0] : new ValidationFailure(errors);
        }

        HeldOn = heldOn!.Value;
        _attendees.Clear();
        _attendees.AddRange(Clean(attendees!));
        Minutes = minutes!;
        RevisedAt = now;
        return Result.Success;
    }

    /// <summary>Adds a task for the next period after the meeting was recorded.</summary>
    /// <param name="draft">The task as entered.</param>
    public Result<MonthlyMeetingTask> AddTask(MonthlyMeetingTaskDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (MonthlyMeetingTask.Check(draft, 0, HeldOn) is { } error)
        {
            return error with { Field = error.Field.Replace("tasks[0].", "", StringComparison.Ordinal) };
        }

        var task = MonthlyMeetingTask.From(draft);
        _tasks.Add(task);
        return task;
    }

    private static IEnumerable<ValidationError> Check(DateOnly? heldOn, IReadOnlyList<string>? attendees, string? minutes, DateOnly today)
    {
        if (heldOn is null)
        {
            yield return new ValidationError("heldOn", "请填写例会日期");
        }
        else if (heldOn > today)
        {
            yield return new ValidationError("heldOn", "例会日期不能晚于今天（例会开过后再记录）");
        }

        var cleaned = attendees is null ? [] : Clean(attendees).ToList();
        if (cleaned.Count == 0)
        {
            yield return new ValidationError("attendees", "请填写参会人员");
        }
        else if (cleaned.Select((a, i) => TextRules.Required($"attendees[{i}]", a, "参会人员", TextLimits.PersonName)).FirstOrDefault(e => e is not null) is { } error)
        {
            yield return error;
        }

        if (TextRules.Required("minutes", minutes, "会议纪要", TextLimits.LongText, multiline: true) is { } minutesError)
        {
            yield return minutesError;
        }
    }

    private static IEnumerable<string> Clean(IEnumerable<string> attendees) => attendees.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim());
}
