using Zongzhi.Domain.Matters;
using Zongzhi.Features.Matters;

namespace Zongzhi.Features.LeaderCases;

/// <summary>接案: only the matter's version.</summary>
public sealed record TakeLeaderCaseRequest(int? Version);

/// <summary>调处方案: findings, measures, people.</summary>
public sealed record HandlingPlanRequest(string? Findings, string? Measures, string? People, int? Version);

/// <summary>办理进展.</summary>
public sealed record ProgressNoteRequest(string? Text, int? Version);

/// <summary>请求部门协助调处: the department, what is asked, the reply deadline.</summary>
public sealed record CoordinationRequestRequest(long? DepartmentId, string? Request, DateOnly? DueOn, int? Version);

/// <summary>协助部门答复.</summary>
public sealed record CoordinationReplyRequest(string? Reply);

/// <summary>延期申请: the reason and the proposed new last day.</summary>
public sealed record LeaderCaseExtensionRequest(string? Reason, DateOnly? ProposedDueOn, int? Version);

/// <summary>批准延期: optionally another day than the proposed one, and a comment.</summary>
public sealed record ApproveLeaderCaseExtensionRequest(DateOnly? ApprovedDueOn, string? Comment);

/// <summary>不批准延期: the reason.</summary>
public sealed record RejectLeaderCaseExtensionRequest(string? Reason);

/// <summary>移交有关部门: the competent agency, the day it was contacted, the written notice to the center (书面告知).</summary>
public sealed record TransferOutsideAuthorityRequest(string? CompetentAgency, DateOnly? ContactedOn, WrittenNoticeRequest? Notice, int? Version);

/// <summary>办结: the result and the party's satisfaction.</summary>
public sealed record CloseLeaderCaseRequest(string? ClosingResult, Satisfaction? PartySatisfaction, int? Version);

/// <summary>移交归档材料: the material list.</summary>
public sealed record HandOverMaterialsRequest(IReadOnlyList<string>? Materials, int? Version);
