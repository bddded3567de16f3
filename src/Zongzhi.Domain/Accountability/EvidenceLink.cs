namespace Zongzhi.Domain.Accountability;

/// <summary>A link to a record that supports a candidate or a finding (证据): e.g. an assignment sheet, a callback.</summary>
/// <param name="EntityType">The kind of record, e.g. <c>AssignmentSheet</c>, <c>Matter</c>, <c>Callback</c>.</param>
/// <param name="EntityId">Its identifier.</param>
/// <param name="Note">What it shows, in Chinese (optional).</param>
public sealed record EvidenceLink(string EntityType, string EntityId, string? Note = null);
