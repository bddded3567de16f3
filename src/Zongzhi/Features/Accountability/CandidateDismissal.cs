using Zongzhi.Domain.Accountability;

namespace Zongzhi.Features.Accountability;

/// <summary>A discipline officer's decision not to pursue a candidate (排除线索), with the required reason.</summary>
public sealed class CandidateDismissal
{
    public long Id { get; set; }

    public string CandidateKey { get; set; } = "";

    public CandidateReason CandidateReason { get; set; }

    public long? DepartmentId { get; set; }

    public string? UserId { get; set; }

    public string Reason { get; set; } = "";

    public DateTime DismissedAt { get; set; }

    public string DismissedByUserId { get; set; } = "";
}
