using Zongzhi.Domain.Calendar;

namespace Zongzhi.Domain.LeaderCases;

/// <summary>
/// A case leader's request to a department for help (协助调处请求), tracked like an assignment sheet with its own
/// deadline (subject <see cref="DeadlineSubject.CoordinationRequest"/>) and reply (领导包案的职责第2条: 如需相关部门协助
/// 调处的，应积极联系，协调解决). Answered through <see cref="LeaderCase.AnswerCoordination"/>.
/// </summary>
public sealed class CoordinationRequest
{
    private CoordinationRequest()
    {
        Request = "";
        Deadline = null!;
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>The department asked.</summary>
    public long DepartmentId { get; private set; }

    /// <summary>What help is asked for.</summary>
    public string Request { get; private set; }

    /// <summary>When it was asked (UTC).</summary>
    public DateTime RequestedAt { get; private set; }

    /// <summary>The reply deadline; met on the reply.</summary>
    public TrackedDeadline Deadline { get; private set; }

    /// <summary>The department's reply.</summary>
    public string? Reply { get; private set; }

    /// <summary>When it replied (UTC).</summary>
    public DateTime? RepliedAt { get; private set; }

    /// <summary>Who replied.</summary>
    public string? RepliedByUserId { get; private set; }

    /// <summary>When the request lapsed unanswered because the case was closed or transferred (UTC).</summary>
    public DateTime? WithdrawnAt { get; private set; }

    /// <summary>Whether a reply is still awaited.</summary>
    public bool IsOpen => RepliedAt is null && WithdrawnAt is null;

    internal static CoordinationRequest Create(long departmentId, string request, long matterId, DateTime now, DateOnly today, DateOnly dueOn, WorkCalendar calendar) => new()
    {
        DepartmentId = departmentId,
        Request = request,
        RequestedAt = now,
        Deadline = TrackedDeadline.Fixed(DeadlineSubject.CoordinationRequest, matterId, today, dueOn, calendar),
    };

    internal void Answer(string reply, string userId, DateTime now, DateOnly today)
    {
        Reply = reply;
        RepliedAt = now;
        RepliedByUserId = userId;
        Deadline.Meet(today);
    }

    /// <summary>The case ended: the request lapses and its deadline stops running (so no overdue alert follows).</summary>
    internal void Withdraw(DateTime now, DateOnly today)
    {
        if (IsOpen)
        {
            WithdrawnAt = now;
            Deadline.Meet(today);
        }
    }
}
