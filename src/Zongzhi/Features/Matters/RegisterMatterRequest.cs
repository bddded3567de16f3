using Zongzhi.Domain.Matters;

namespace Zongzhi.Features.Matters;

/// <summary>The body of <c>POST /api/matters</c> (登记事项).</summary>
public sealed record RegisterMatterRequest(
    IntakeChannel? Channel,
    DateTimeOffset? ReceivedAt,
    IReadOnlyList<PartyRequest>? Parties,
    long? VillageId,
    string? Category,
    string? Summary,
    string? Description,
    bool IsMajor = false,
    bool IsGroup = false,
    bool IsSkipLevelPetition = false,
    bool IsEmergency = false,
    long? SourceInformationItemId = null);

/// <summary>One party (当事人) in a registration.</summary>
public sealed record PartyRequest(PartyRole? Role, string? Name, string? Phone, string? IdNumber, string? Address, string? LinkedUserId, long? DepartmentId);
