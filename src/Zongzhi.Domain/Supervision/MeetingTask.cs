using Zongzhi.Domain.Calendar;

namespace Zongzhi.Domain.Supervision;

/// <summary>
/// A task decided by a coordination meeting (会议议定事项), owned by a department, with its own deadline (subject
/// <see cref="DeadlineSubject.MeetingTask"/>) and completion. Completed through <see cref="CoordinationMeeting.CompleteTask"/>.
/// </summary>
public sealed class MeetingTask
{
    private MeetingTask()
    {
        Description = "";
        Deadline = null!;
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>What is to be done.</summary>
    public string Description { get; private set; }

    /// <summary>The department responsible.</summary>
    public long OwnerDepartmentId { get; private set; }

    /// <summary>The task's deadline; met on completion.</summary>
    public TrackedDeadline Deadline { get; private set; }

    /// <summary>When it was completed (UTC).</summary>
    public DateTime? CompletedAt { get; private set; }

    /// <summary>Who completed it.</summary>
    public string? CompletedByUserId { get; private set; }

    /// <summary>How it was done.</summary>
    public string? CompletionNote { get; private set; }

    /// <summary>Whether it is done.</summary>
    public bool IsCompleted => CompletedAt is not null;

    internal static MeetingTask Create(MeetingDecision decision, long matterId, DateOnly today, WorkCalendar calendar) => new()
    {
        Description = decision.Description,
        OwnerDepartmentId = decision.OwnerDepartmentId,
        Deadline = TrackedDeadline.Fixed(DeadlineSubject.MeetingTask, matterId, today, decision.DueOn, calendar),
    };

    internal void Complete(string userId, string note, DateTime now, DateOnly today)
    {
        CompletedAt = now;
        CompletedByUserId = userId;
        CompletionNote = note;
        Deadline.Meet(today);
    }
}
