using Zongzhi.Domain.Meetings;

namespace Zongzhi.Features.Meetings;

/// <summary>生成定期书面报告: kind, period ("2026-W44", "2026-10", "2026-Q4"), scope (at most one village or department), audience; title and text optional (generated).</summary>
public sealed record GenerateReportRequest(ReportPeriodKind? Kind, string? Period, long? VillageId, long? DepartmentId, ReportAudience? Audience, string? Title, string? Body);

/// <summary>编辑报告 (draft only), with the version read.</summary>
public sealed record EditReportRequest(string? Title, string? Body, int? Version);

/// <summary>刷新数据 or 印发, with the version read.</summary>
public sealed record ReportVersionRequest(int? Version);
