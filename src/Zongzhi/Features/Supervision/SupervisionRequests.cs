namespace Zongzhi.Features.Supervision;

/// <summary>催办: what the supervising body tells the handling department.</summary>
public sealed record ReminderRequest(string? Message, int? Version);

/// <summary>调阅: the department, the materials wanted and the date to provide them by.</summary>
public sealed record CallForMaterialsRequest(long? DepartmentId, string? MaterialsWanted, DateOnly? DueOn, int? Version);

/// <summary>提供调阅材料.</summary>
public sealed record ProvideMaterialsRequest(string? MaterialsProvided, int? Version);

/// <summary>要求汇报: the department, an optional named reporter (else the department head), the subject and the date.</summary>
public sealed record RequireReportRequest(long? DepartmentId, string? ReporterUserId, string? Subject, DateOnly? DueOn, int? Version);

/// <summary>汇报.</summary>
public sealed record AnswerReportRequest(string? Report, int? Version);

/// <summary>召集协调会: topic, departments convened, date and place.</summary>
public sealed record ConveneMeetingRequest(string? Topic, IReadOnlyList<long>? DepartmentIds, DateOnly? HeldOn, string? Place, int? Version);

/// <summary>议定事项: what, which department, by when.</summary>
public sealed record DecisionRequest(string? Description, long? OwnerDepartmentId, DateOnly? DueOn);

/// <summary>协调会纪要: attendees, minutes and decisions (each a tracked task).</summary>
public sealed record MeetingOutcomeRequest(IReadOnlyList<string>? Attendees, string? Minutes, IReadOnlyList<DecisionRequest>? Decisions, int? Version);

/// <summary>完成议定事项.</summary>
public sealed record CompleteTaskRequest(string? Note, int? Version);
