namespace Zongzhi.Domain.SelfService;

/// <summary>The dates a matter's public progress is built from (town dates), read from the matter and its sheet or leader case.</summary>
/// <param name="RegisteredOn">登记.</param>
/// <param name="AcceptedOn">受理 (accepted, or handed to a leader), null otherwise.</param>
/// <param name="DeclinedOn">不予受理, with <paramref name="DeclineReason"/>.</param>
/// <param name="DeclineReason">The written reason given to the party.</param>
/// <param name="MergedOn">Merged into an earlier matter of the same party (重复件).</param>
/// <param name="AssignedOn">交办 (sheet issued or leader case assigned).</param>
/// <param name="HandlingStartedOn">办理中 (sheet signed, or leader case taken).</param>
/// <param name="TransferredOn">移交 to <paramref name="ReceivingUnit"/>.</param>
/// <param name="ReceivingUnit">The unit a transfer went to.</param>
/// <param name="ClosedOn">办结.</param>
/// <param name="ArchivedOn">归档.</param>
public sealed record PublicProgressFacts(
    DateOnly RegisteredOn,
    DateOnly? AcceptedOn,
    DateOnly? DeclinedOn,
    string? DeclineReason,
    DateOnly? MergedOn,
    DateOnly? AssignedOn,
    DateOnly? HandlingStartedOn,
    DateOnly? TransferredOn,
    string? ReceivingUnit,
    DateOnly? ClosedOn,
    DateOnly? ArchivedOn);
