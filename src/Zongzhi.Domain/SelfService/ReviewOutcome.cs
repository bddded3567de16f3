namespace Zongzhi.Domain.SelfService;

/// <summary>How the supervising body concluded its review of an unsatisfied rating (不满意评价复核).</summary>
public enum SatisfactionReviewOutcome
{
    /// <summary>维持办结: the handling stands; the note says why.</summary>
    Upheld,

    /// <summary>重新办理: re-handling ordered on the matter's assignment sheet.</summary>
    RehandlingOrdered,
}
