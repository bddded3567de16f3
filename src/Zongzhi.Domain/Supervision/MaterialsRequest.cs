using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Supervision;

/// <summary>
/// A call for materials (调阅): the supervising body requires a handling department to provide the materials of its
/// handling by a date (督查督办部门的职权第2条: 有权调阅承办部门处理问题的有关材料).
/// </summary>
public sealed class MaterialsRequest
{
    private MaterialsRequest()
    {
        MaterialsWanted = "";
        RequestedByUserId = "";
        Deadline = null!;
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>The matter.</summary>
    public long MatterId { get; private set; }

    /// <summary>The department that must provide the materials.</summary>
    public long DepartmentId { get; private set; }

    /// <summary>The materials called up.</summary>
    public string MaterialsWanted { get; private set; }

    /// <summary>The supervising body that called them up.</summary>
    public SupervisionTrack RequestedBy { get; private set; }

    /// <summary>Who called them up.</summary>
    public string RequestedByUserId { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime RequestedAt { get; private set; }

    /// <summary>The date fixed for providing them (subject <see cref="DeadlineSubject.MaterialsRequest"/>); met on provision.</summary>
    public TrackedDeadline Deadline { get; private set; }

    /// <summary>What the department provided (a description or list; the files are attachments).</summary>
    public string? MaterialsProvided { get; private set; }

    /// <summary>When they were provided (UTC).</summary>
    public DateTime? ProvidedAt { get; private set; }

    /// <summary>Who provided them.</summary>
    public string? ProvidedByUserId { get; private set; }

    /// <summary>Whether the materials were provided.</summary>
    public bool IsProvided => ProvidedAt is not null;

    /// <summary>Calls up materials from <paramref name="departmentId"/>, due on <paramref name="dueOn"/> (today or later).</summary>
    /// <param name="matter">The matter supervised.</param>
    /// <param name="actingBody">The supervising body the user acts for.</param>
    /// <param name="userId">Who calls them up.</param>
    /// <param name="departmentId">The department.</param>
    /// <param name="materialsWanted">What is wanted, at most 2000 characters.</param>
    /// <param name="dueOn">The last day for providing them.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    /// <param name="calendar">The working-day calendar (its version is kept with the deadline).</param>
    public static Result<MaterialsRequest> Issue(
        Matter matter, SupervisionTrack actingBody, string userId, long departmentId, string materialsWanted, DateOnly dueOn,
        DateTime now, DateOnly today, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var refusal = matter.CheckSupervisable(actingBody)
            ?? (departmentId <= 0 ? new ValidationError("departmentId", "请选择被调阅材料的部门") : null)
            ?? TextRules.Required("materialsWanted", materialsWanted, "调阅的材料", TextLimits.Reason, multiline: true)
            ?? (dueOn < today ? new ValidationError("dueOn", "提供材料的期限不能早于今天") : null);
        if (refusal is not null)
        {
            return refusal;
        }

        var request = new MaterialsRequest
        {
            MatterId = matter.Id,
            DepartmentId = departmentId,
            MaterialsWanted = materialsWanted,
            RequestedBy = actingBody,
            RequestedByUserId = userId,
            RequestedAt = now,
            Deadline = TrackedDeadline.Fixed(DeadlineSubject.MaterialsRequest, matter.Id, today, dueOn, calendar),
        };
        matter.Record(MatterEventKind.MaterialsRequested, userId, now, $"调阅承办部门材料，限 {Zh.Date(dueOn)} 前提供", materialsWanted);
        return request;
    }

    /// <summary>Provides the materials, by a user of the department called upon.</summary>
    /// <param name="matter">The matter.</param>
    /// <param name="userId">Who provides them.</param>
    /// <param name="userDepartmentId">That user's department.</param>
    /// <param name="materialsProvided">What is provided, at most 10000 characters.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public Result Provide(Matter matter, string userId, long userDepartmentId, string materialsProvided, DateTime now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        matter.EnsureIs(MatterId);
        var refusal = matter.CheckWritable();
        refusal ??= IsProvided ? new ConflictError("材料已提供") : null;
        refusal ??= userDepartmentId != DepartmentId ? new ForbiddenError("只有被调阅材料的部门可以提供材料") : null;
        refusal ??= TextRules.Required("materialsProvided", materialsProvided, "提供的材料", TextLimits.LongText, multiline: true);
        if (refusal is not null)
        {
            return refusal;
        }

        MaterialsProvided = materialsProvided;
        ProvidedAt = now;
        ProvidedByUserId = userId;
        Deadline.Meet(today);
        var late = today > Deadline.DueOn ? "（已超过期限）" : "";
        matter.Record(MatterEventKind.MaterialsProvided, userId, now, $"提供调阅材料{late}", materialsProvided);
        return Result.Success;
    }
}
