namespace Zongzhi.Features.Audit;

/// <summary>One page of a search and where the next one starts (null at the end).</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryView> Items, long? NextCursor);
