using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Matters;

namespace Zongzhi.Features.Assignments;

/// <summary>交办: the handling department, co-handling departments and the requirements.</summary>
public sealed record AssignRequest(long? HandlingDepartmentId, IReadOnlyList<long>? CoHandlingDepartmentIds, string? Requirements, int? Version);

/// <summary>办理进展: a progress note.</summary>
public sealed record ProgressRequest(string? Text, int? Version);

/// <summary>办理结果: what was done, the reply to the party, and the party's satisfaction if known.</summary>
public sealed record ResultRequest(string? WhatWasDone, string? ReplyToParty, Satisfaction? PartySatisfaction, int? Version);

/// <summary>
/// 审核办理结果: <c>Accepted</c> (with an optional comment) or <c>RehandlingOrdered</c> (with reasons and an optional new
/// last day; without it the complexity's period counts from today).
/// </summary>
public sealed record ReviewRequest(ReviewOutcome? Outcome, string? Comment, string? Reasons, DateOnly? NewDueOn, int? Version);

/// <summary>延期申请: the reason and the proposed last day.</summary>
public sealed record ExtensionApplication(string? Reason, DateOnly? ProposedDueOn, int? Version);

/// <summary>签收 and other actions that carry only the matter's version.</summary>
public sealed record SheetVersionRequest(int? Version);
