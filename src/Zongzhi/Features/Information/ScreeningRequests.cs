using Zongzhi.Domain.Information;
using Zongzhi.Features.Matters;

namespace Zongzhi.Features.Information;

/// <summary>开展排查.</summary>
public sealed record OpenScreeningRequest(string? Title, string? Focus, DateOnly? StartsOn, DateOnly? EndsOn, IReadOnlyList<long>? VillageIds, IReadOnlyList<long>? DepartmentIds);

/// <summary>上报排查发现; a village reporter files for their village, department staff for their department.</summary>
public sealed record FileFindingRequest(string? Category, string? Description, int? PeopleInvolved, InformationSeverity? Severity);

/// <summary>排查分析.</summary>
public sealed record AnalyseScreeningRequest(string? Characteristics, string? Causes, string? Recommendations, int? Version);

/// <summary>排查发现转为事项: the parties the matter needs.</summary>
public sealed record FindingToMatterRequest(IReadOnlyList<PartyRequest>? Parties, bool IsGroup = false);
