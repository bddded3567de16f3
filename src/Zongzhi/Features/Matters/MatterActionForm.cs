using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Features.Matters;

/// <summary>The fields of the action forms on the matter page; each form posts only its own and the matter's version.</summary>
public sealed class MatterActionForm
{
    public int? Version { get; set; }

    public Complexity? Complexity { get; set; }

    public SupervisionTrack? Track { get; set; }

    public string? Reason { get; set; }

    public string? OriginalNumber { get; set; }

    public string? CaseLeaderUserId { get; set; }

    public string? ReceivingUnit { get; set; }

    public string? NoticeNumber { get; set; }

    public string? NoticeAddressedTo { get; set; }

    public string? NoticeText { get; set; }

    public CallbackMethod? Method { get; set; }

    public Satisfaction? Satisfaction { get; set; }

    public string? Notes { get; set; }

    public string? ArchiveNumber { get; set; }

    /// <summary>The material list, one item a line.</summary>
    public string? Materials { get; set; }

    public long? PartyId { get; set; }

    public string? RevealReason { get; set; }
}
