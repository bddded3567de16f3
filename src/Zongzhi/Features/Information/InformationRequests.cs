using Zongzhi.Domain.Information;
using Zongzhi.Features.Matters;

namespace Zongzhi.Features.Information;

/// <summary>The body of <c>POST /api/information</c> (登记信息).</summary>
public sealed record RegisterInformationRequest(
    InformationSource? Source, bool IsSkipLevelPetition, long? VillageId, string? Category, DateTimeOffset? OccurredAt, string? Place,
    string? Summary, string? Description, int? PeopleInvolved, InformationSeverity? Severity);

/// <summary>处理信息: Noted (note), Closed (reason) or TurnedIntoMatter (matterId of a registered matter).</summary>
public sealed record HandleInformationRequest(InformationOutcome? Outcome, string? Note, string? Reason, long? MatterId, int? Version);

/// <summary>转为事项: registers a matter from the item with these parties (当事人 are required for a matter).</summary>
public sealed record TurnIntoMatterRequest(IReadOnlyList<PartyRequest>? Parties, bool IsGroup = false);

/// <summary>作出分析.</summary>
public sealed record AnalyseInformationRequest(IReadOnlyList<string>? CauseTags, IReadOnlyList<string>? CharacteristicTags, int? Version);

/// <summary>派员赶赴现场.</summary>
public sealed record DispatchRequest(string? Staff, DateTimeOffset? SentAt);

/// <summary>到达现场.</summary>
public sealed record ArrivalRequest(DateTimeOffset? ArrivedAt, string? Findings);
