namespace Zongzhi.Features.ExtensionRequests;

/// <summary>批准延期: the approved last day (null for the proposed one) and an optional comment.</summary>
public sealed record ApproveExtensionRequest(DateOnly? ApprovedDueOn, string? Comment, int? Version);

/// <summary>不批准延期: the reason.</summary>
public sealed record RejectExtensionRequest(string? Reason, int? Version);
