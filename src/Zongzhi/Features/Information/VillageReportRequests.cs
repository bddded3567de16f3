namespace Zongzhi.Features.Information;

/// <summary>The body of creating or changing a village monthly report (村(社区)月报).</summary>
public sealed record VillageReportRequest(long? VillageId, string? Month, IReadOnlyList<VillageReportLineRequest>? Lines, string? NotableCases,
    string? InstabilityFactors, int? Version);

/// <summary>One category's counts.</summary>
public sealed record VillageReportLineRequest(string? Category, int? Mediated, int? Resolved, int? Unresolved);

/// <summary>上报 with the version the client saw.</summary>
public sealed record SubmitVillageReportRequest(int? Version);
