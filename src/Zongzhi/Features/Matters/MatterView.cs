using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using Zongzhi.Platform.Privacy;

namespace Zongzhi.Features.Matters;

/// <summary>A matter as the API shows it: personal data masked, the timeline oldest first, and its version for edits.</summary>
public sealed record MatterView(
    long Id,
    string Number,
    IntakeChannel Channel,
    DateTime ReceivedAt,
    DateTime RegisteredAt,
    long? VillageId,
    string Category,
    string Summary,
    string Description,
    bool IsMajor,
    bool IsGroup,
    bool IsSkipLevelPetition,
    bool IsEmergency,
    MatterStatus Status,
    Complexity? Complexity,
    SupervisionTrack Track,
    string? DeclineReason,
    long? DuplicateOfMatterId,
    bool HandledByLeaderCase,
    DateTime? ClosedAt,
    MatterView.TransferView? Transfer,
    MatterView.ArchiveView? Archive,
    IReadOnlyList<MatterView.PartyView> Parties,
    IReadOnlyList<MatterView.EventView> Timeline,
    IReadOnlyList<MatterView.CallbackView> Callbacks,
    int Version)
{
    public sealed record PartyView(long Id, PartyRole Role, string Name, string? Phone, string? IdNumber, string? Address, bool HasIdNumber);

    public sealed record EventView(long Id, DateTime At, string ActorUserId, MatterEventKind Kind, string Summary, string? Details);

    public sealed record CallbackView(long Id, CallbackMethod Method, Satisfaction Satisfaction, string? Notes, DateOnly CalledBackOn, DateTime RecordedAt);

    public sealed record TransferView(TransferKind Kind, string ReceivingUnit, DateOnly? ContactedOn, string? NoticeNumber, string NoticeAddressedTo,
        string NoticeText, DateOnly NoticeIssuedOn, DateTime TransferredAt, DateTime? FiledAt);

    public sealed record ArchiveView(string ArchiveNumber, IReadOnlyList<string> Materials, DateTime ArchivedAt);

    public static MatterView From(Matter matter, int version)
    {
        ArgumentNullException.ThrowIfNull(matter);
        return new MatterView(matter.Id, matter.Number, matter.Channel, matter.ReceivedAt, matter.RegisteredAt, matter.VillageId, matter.Category,
            matter.Summary, matter.Description, matter.IsMajor, matter.IsGroup, matter.IsSkipLevelPetition, matter.IsEmergency, matter.Status,
            matter.Complexity, matter.Track, matter.DeclineReason, matter.DuplicateOfMatterId, matter.HandledByLeaderCase, matter.ClosedAt,
            matter.Transfer is { } t
                ? new TransferView(t.Kind, t.ReceivingUnit, t.ContactedOn, t.Notice.DocumentNumber, t.Notice.AddressedTo, t.Notice.Text, t.Notice.IssuedOn, t.TransferredAt, t.FiledAt)
                : null,
            matter.ArchiveRecord is { } a ? new ArchiveView(a.ArchiveNumber, a.Materials, a.ArchivedAt) : null,
            matter.Parties.Select(Masked).ToList(),
            matter.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new EventView(e.Id, e.At, e.ActorUserId, e.Kind, e.Summary, e.Details)).ToList(),
            matter.Callbacks.Select(c => new CallbackView(c.Id, c.Method, c.Satisfaction, c.Notes, c.CalledBackOn, c.RecordedAt)).ToList(),
            version);
    }

    // Masked by default everywhere (issue 7); revealing is a separate, audited action.
    public static PartyView Masked(Party party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return new PartyView(party.Id, party.Role, PersonalDataMask.Name(party.Name)!, PersonalDataMask.Phone(party.Phone),
            PersonalDataMask.IdNumber(party.IdNumber), PersonalDataMask.Address(party.Address), party.IdNumber is not null);
    }
}
