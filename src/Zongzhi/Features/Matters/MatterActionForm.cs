using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Features.Matters;

/// <summary>The fields of the action forms on the matter page; each form posts only its own and the matter's version.</summary>
public sealed class MatterActionForm
{
    /// <summary>The fields shown with a message beside them; refusals of other fields go to the summary.</summary>
    public static readonly IReadOnlyCollection<string> Fields =
    [
        nameof(Complexity), nameof(Reason), nameof(CaseLeaderUserId), nameof(ReceivingUnit), nameof(Method), nameof(Satisfaction), nameof(Notes),
        nameof(ArchiveNumber), nameof(Materials), nameof(HandlingDepartmentId), nameof(CoHandlingDepartmentIds), nameof(Requirements),
        nameof(Outcome), nameof(Comment), nameof(Reasons), nameof(NewDueOn),
    ];

    public int? Version { get; set; }

    /// <summary>One-time token: a second post of the same form is recognised (<see cref="FormAction"/>).</summary>
    public string? FormToken { get; set; }

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

    public long? HandlingDepartmentId { get; set; }

    public List<long> CoHandlingDepartmentIds { get; set; } = [];

    public string? Requirements { get; set; }

    /// <summary>The sheet whose result is reviewed.</summary>
    public long? SheetId { get; set; }

    public ReviewOutcome? Outcome { get; set; }

    public string? Comment { get; set; }

    public string? Reasons { get; set; }

    public DateOnly? NewDueOn { get; set; }
}
