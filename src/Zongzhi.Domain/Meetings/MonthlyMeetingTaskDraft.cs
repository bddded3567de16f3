namespace Zongzhi.Domain.Meetings;

/// <summary>A task for the next period as entered at the monthly meeting (下一阶段工作任务), before it is tracked.</summary>
/// <param name="Description">What is to be done, at most 2000 characters.</param>
/// <param name="OwnerDepartmentId">The department responsible (责任部门), or null when a person is.</param>
/// <param name="OwnerUserId">The person responsible (责任人), or null when a department is.</param>
/// <param name="DueOn">The last day (完成时限).</param>
public sealed record MonthlyMeetingTaskDraft(string? Description, long? OwnerDepartmentId, string? OwnerUserId, DateOnly? DueOn);
