using Zongzhi.Domain.LeaderCases;

namespace Zongzhi.Features.LeaderCases;

/// <summary>
/// A leader case in a list: where it stands and how much time is left — working days from the town's today to the
/// current last day (negative once overdue); null before taking or once the deadline stopped running.
/// </summary>
public sealed record LeaderCaseSummary(
    long Id,
    long MatterId,
    string MatterNumber,
    string MatterSummary,
    string CaseLeaderUserId,
    LeaderCaseStatus Status,
    DateOnly? TakenOn,
    DateOnly? DueOn,
    DateOnly? OriginalDueOn,
    bool IsProvisional,
    bool IsExtended,
    int? WorkingDaysRemaining,
    bool IsOverdue,
    bool HasPendingExtension,
    int OpenCoordinationRequests);
