using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.LeaderCases;

/// <summary>The leader's handling: plan, progress notes and departments' help (调处方案、办理进展、协助调处).</summary>
public sealed partial class LeaderCase
{
    /// <summary>Records or revises the handling plan (调处方案) (领导包案的要求第2条).</summary>
    /// <param name="matter">The case's matter.</param>
    /// <param name="userId">The case leader.</param>
    /// <param name="findings">调查情况, at most 10000 characters.</param>
    /// <param name="measures">调处措施, at most 10000 characters.</param>
    /// <param name="people">参与人员, at most 2000 characters.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result RecordPlan(Matter matter, string userId, string findings, string measures, string people, DateTime now)
    {
        var refusal = CheckInProgress(matter, userId, "制定调处方案");
        refusal ??= TextRules.Required("findings", findings, "调查情况", TextLimits.LongText, multiline: true);
        refusal ??= TextRules.Required("measures", measures, "调处措施", TextLimits.LongText, multiline: true);
        refusal ??= TextRules.Required("people", people, "参与人员", TextLimits.Reason, multiline: true);
        if (refusal is not null)
        {
            return refusal;
        }

        var revision = Plan is not null;
        Plan = HandlingPlan.Create(findings, measures, people, now);
        matter.Record(
            MatterEventKind.HandlingPlanRecorded, userId, now, revision ? "修订调处方案" : "制定调处方案",
            $"调查情况：{findings}\n调处措施：{measures}\n参与人员：{people}");
        return Result.Success;
    }

    /// <summary>Records a progress note.</summary>
    /// <param name="matter">The case's matter.</param>
    /// <param name="userId">The case leader.</param>
    /// <param name="text">The note, at most 10000 characters.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result<ProgressNote> AddProgressNote(Matter matter, string userId, string text, DateTime now)
    {
        var refusal = CheckInProgress(matter, userId, "记录办理进展");
        refusal ??= TextRules.Required("text", text, "办理进展", TextLimits.LongText, multiline: true);
        if (refusal is not null)
        {
            return refusal;
        }

        var note = ProgressNote.Create(text, userId, now);
        _progressNotes.Add(note);
        matter.Record(MatterEventKind.ProgressNoted, userId, now, "记录包案办理进展", text);
        return note;
    }

    /// <summary>
    /// Asks a department for help (协助调处), with a reply deadline the leader fixes. A department named as respondent
    /// is refused (<see cref="RespondentRule"/>).
    /// </summary>
    /// <param name="matter">The case's matter.</param>
    /// <param name="userId">The case leader.</param>
    /// <param name="departmentId">The department asked.</param>
    /// <param name="request">What help is asked for, at most 2000 characters.</param>
    /// <param name="dueOn">The last day for the reply (today or later).</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    /// <param name="calendar">The working-day calendar (its version is kept with the deadline).</param>
    public Result<CoordinationRequest> RequestCoordination(
        Matter matter, string userId, long departmentId, string request, DateOnly dueOn, DateTime now, DateOnly today, WorkCalendar calendar)
    {
        var refusal = CheckInProgress(matter, userId, "请求部门协助");
        refusal ??= departmentId <= 0 ? new ValidationError("departmentId", "请选择协助部门") : null;
        refusal ??= RespondentRule.CheckDepartment(matter.Parties, departmentId, "departmentId");
        refusal ??= TextRules.Required("request", request, "协助事项", TextLimits.Reason, multiline: true);
        refusal ??= dueOn < today ? new ValidationError("dueOn", "答复期限不能早于今天") : null;
        if (refusal is not null)
        {
            return refusal;
        }

        var coordination = CoordinationRequest.Create(departmentId, request, MatterId, now, today, dueOn, calendar);
        _coordinationRequests.Add(coordination);
        matter.Record(MatterEventKind.CoordinationRequested, userId, now, $"请求部门协助调处，限 {Zh.Date(dueOn)} 前答复", request);
        return coordination;
    }

    /// <summary>The department asked replies to a coordination request, while the case is in progress.</summary>
    /// <param name="matter">The case's matter.</param>
    /// <param name="request">One of <see cref="CoordinationRequests"/>.</param>
    /// <param name="userId">Who replies; not a respondent.</param>
    /// <param name="userDepartmentId">That user's department; must be the one asked.</param>
    /// <param name="reply">The reply, at most 10000 characters.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public Result AnswerCoordination(Matter matter, CoordinationRequest request, string userId, long userDepartmentId, string reply, DateTime now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        matter.EnsureIs(MatterId);
        if (!_coordinationRequests.Contains(request))
        {
            throw new ArgumentException("The request belongs to another case.", nameof(request));
        }

        var refusal = matter.CheckWritable();
        refusal ??= request.IsOpen ? null : new ConflictError("该协助请求已答复或已失效");
        refusal ??= userDepartmentId == request.DepartmentId ? null : new ForbiddenError("只有被请求协助的部门可以答复");
        refusal ??= RespondentRule.CheckUser(matter.Parties, userId);
        refusal ??= TextRules.Required("reply", reply, "答复内容", TextLimits.LongText, multiline: true);
        if (refusal is not null)
        {
            return refusal;
        }

        request.Answer(reply, userId, now, today);
        var late = today > request.Deadline.DueOn ? "（已超过期限）" : "";
        matter.Record(MatterEventKind.CoordinationAnswered, userId, now, $"协助部门答复{late}", reply);
        return Result.Success;
    }
}
