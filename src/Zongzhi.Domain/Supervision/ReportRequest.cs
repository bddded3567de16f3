using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Supervision;

/// <summary>
/// A report request (要求汇报): the supervising body requires the head of a handling department, or a named handler,
/// to report on the handling by a date (督查督办部门的职权第3条: 有权要求承办部门负责人或经办人汇报办理情况).
/// </summary>
public sealed class ReportRequest
{
    private ReportRequest()
    {
        Subject = "";
        RequestedByUserId = "";
        Deadline = null!;
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>The matter.</summary>
    public long MatterId { get; private set; }

    /// <summary>The department that must report.</summary>
    public long DepartmentId { get; private set; }

    /// <summary>The handler named to report; null when the department head must report.</summary>
    public string? ReporterUserId { get; private set; }

    /// <summary>What to report on.</summary>
    public string Subject { get; private set; }

    /// <summary>The supervising body that asked.</summary>
    public SupervisionTrack RequestedBy { get; private set; }

    /// <summary>Who asked.</summary>
    public string RequestedByUserId { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime RequestedAt { get; private set; }

    /// <summary>The date fixed for the report (subject <see cref="DeadlineSubject.ReportRequest"/>); met when answered.</summary>
    public TrackedDeadline Deadline { get; private set; }

    /// <summary>The report, once given.</summary>
    public string? Report { get; private set; }

    /// <summary>When it was given (UTC).</summary>
    public DateTime? ReportedAt { get; private set; }

    /// <summary>Who gave it.</summary>
    public string? ReportedByUserId { get; private set; }

    /// <summary>Whether the report was given; an unanswered, overdue request is an accountability fact.</summary>
    public bool IsAnswered => ReportedAt is not null;

    /// <summary>Requires a report from <paramref name="departmentId"/>'s head, or from <paramref name="reporterUserId"/>, by <paramref name="dueOn"/>.</summary>
    /// <param name="matter">The matter supervised.</param>
    /// <param name="actingBody">The supervising body the user acts for.</param>
    /// <param name="userId">Who asks.</param>
    /// <param name="departmentId">The department.</param>
    /// <param name="reporterUserId">A named handler; null for the department head.</param>
    /// <param name="subject">What to report on, at most 2000 characters.</param>
    /// <param name="dueOn">The last day for the report (today or later).</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    /// <param name="calendar">The working-day calendar (its version is kept with the deadline).</param>
    public static Result<ReportRequest> Issue(
        Matter matter, SupervisionTrack actingBody, string userId, long departmentId, string? reporterUserId, string subject, DateOnly dueOn,
        DateTime now, DateOnly today, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var refusal = matter.CheckSupervisable(actingBody);
        refusal ??= departmentId <= 0 ? new ValidationError("departmentId", "请选择被要求汇报的部门") : null;
        refusal ??= reporterUserId is not null && string.IsNullOrWhiteSpace(reporterUserId) ? new ValidationError("reporterUserId", "汇报人无效") : null;
        refusal ??= TextRules.Required("subject", subject, "汇报事项", TextLimits.Reason, multiline: true);
        refusal ??= dueOn < today ? new ValidationError("dueOn", "汇报期限不能早于今天") : null;
        if (refusal is not null)
        {
            return refusal;
        }

        var request = new ReportRequest
        {
            MatterId = matter.Id,
            DepartmentId = departmentId,
            ReporterUserId = reporterUserId,
            Subject = subject,
            RequestedBy = actingBody,
            RequestedByUserId = userId,
            RequestedAt = now,
            Deadline = TrackedDeadline.Fixed(DeadlineSubject.ReportRequest, matter.Id, today, dueOn, calendar),
        };
        var who = reporterUserId is null ? "承办部门负责人" : "经办人";
        matter.Record(MatterEventKind.ReportRequested, userId, now, $"要求{who}于 {Zh.Date(dueOn)} 前汇报办理情况", subject);
        return request;
    }

    /// <summary>Gives the report: by the named handler, or else by the head of the department asked.</summary>
    /// <param name="matter">The matter.</param>
    /// <param name="userId">Who reports.</param>
    /// <param name="userDepartmentId">That user's department.</param>
    /// <param name="isDepartmentHead">Whether that user heads the department (the application's role data).</param>
    /// <param name="report">The report, at most 10000 characters.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public Result Answer(Matter matter, string userId, long userDepartmentId, bool isDepartmentHead, string report, DateTime now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        matter.EnsureIs(MatterId);
        var mayAnswer = ReporterUserId is not null
            ? string.Equals(ReporterUserId, userId, StringComparison.Ordinal)
            : userDepartmentId == DepartmentId && isDepartmentHead;
        var refusal = matter.CheckWritable();
        refusal ??= IsAnswered ? new ConflictError("已汇报") : null;
        refusal ??= mayAnswer ? null : new ForbiddenError(ReporterUserId is null ? "只有被要求汇报的部门负责人可以汇报" : "只有被要求汇报的经办人可以汇报");
        refusal ??= TextRules.Required("report", report, "汇报内容", TextLimits.LongText, multiline: true);
        if (refusal is not null)
        {
            return refusal;
        }

        Report = report;
        ReportedAt = now;
        ReportedByUserId = userId;
        Deadline.Meet(today);
        var late = today > Deadline.DueOn ? "（已超过期限）" : "";
        matter.Record(MatterEventKind.ReportSubmitted, userId, now, $"汇报办理情况{late}", report);
        return Result.Success;
    }
}
