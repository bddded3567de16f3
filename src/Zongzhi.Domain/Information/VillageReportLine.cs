namespace Zongzhi.Domain.Information;

/// <summary>One dispute category's counts in a village monthly report (按类别统计): mediated, resolved, unresolved.</summary>
/// <param name="Category">纠纷类别 code.</param>
/// <param name="Mediated">调解数.</param>
/// <param name="Resolved">调解成功数.</param>
/// <param name="Unresolved">未调结数.</param>
public sealed record VillageReportLine(string Category, int Mediated, int Resolved, int Unresolved);
