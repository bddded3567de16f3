namespace Zongzhi.Domain.Supervision;

/// <summary>A decision of a coordination meeting (议定事项) as entered, which becomes a tracked <see cref="MeetingTask"/>.</summary>
/// <param name="Description">What is to be done, at most 2000 characters.</param>
/// <param name="OwnerDepartmentId">The department responsible.</param>
/// <param name="DueOn">The last day for it.</param>
public sealed record MeetingDecision(string Description, long OwnerDepartmentId, DateOnly DueOn);
