namespace Zongzhi.Features.Meetings;

/// <summary>综治例会记录: the month reviewed ("2026-10"), the date, attendees, minutes and the next period's tasks.</summary>
public sealed record RecordMeetingRequest(string? Month, DateOnly? HeldOn, IReadOnlyList<string>? Attendees, string? Minutes, IReadOnlyList<MeetingTaskRequest>? Tasks);

/// <summary>修改例会记录 (date, attendees, minutes), with the version read.</summary>
public sealed record ReviseMeetingRequest(DateOnly? HeldOn, IReadOnlyList<string>? Attendees, string? Minutes, int? Version);

/// <summary>A task for the next period: a department (ownerDepartmentId) or a person (ownerUserId), and its last day.</summary>
public sealed record MeetingTaskRequest(string? Description, long? OwnerDepartmentId, string? OwnerUserId, DateOnly? DueOn);

/// <summary>任务完成: what was done, with the task's version read.</summary>
public sealed record CompleteMeetingTaskRequest(string? Note, int? Version);
