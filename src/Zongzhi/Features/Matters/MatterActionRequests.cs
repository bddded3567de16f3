using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Features.Matters;

/// <summary>受理: accept with complexity and supervising track.</summary>
public sealed record AcceptRequest(Complexity? Complexity, SupervisionTrack? Track, int? Version);

/// <summary>不予受理: decline with a written reason.</summary>
public sealed record DeclineRequest(string? Reason, int? Version);

/// <summary>重复件: merge into an earlier matter.</summary>
public sealed record MergeRequest(long? OriginalMatterId, int? Version);

/// <summary>领导包案: hand to a named leader.</summary>
public sealed record HandToLeaderRequest(string? CaseLeaderUserId, int? Version);

/// <summary>书面通报 as sent with a transfer or filed.</summary>
public sealed record WrittenNoticeRequest(string? DocumentNumber, string? AddressedTo, string? Text, DateOnly? IssuedOn);

/// <summary>移交: transfer to a unit outside the center, with the written notice to the party/government office.</summary>
public sealed record TransferRequest(string? ReceivingUnit, WrittenNoticeRequest? Notice, int? Version);

/// <summary>回访: the party's satisfaction and how it was obtained.</summary>
public sealed record CallbackRequest(CallbackMethod? Method, Satisfaction? Satisfaction, string? Notes, int? Version);

/// <summary>办结 / 备案: only the version.</summary>
public sealed record VersionRequest(int? Version);

/// <summary>归档: the archive number and the material list.</summary>
public sealed record ArchiveRequest(string? ArchiveNumber, IReadOnlyList<string>? Materials, int? Version);
