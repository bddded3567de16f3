using Zongzhi.Domain.Information;

namespace Zongzhi.Features.Information;

/// <summary>An information item as the API returns it (ids and wording; no party's personal data).</summary>
public sealed record InformationView(
    long Id, string Number, InformationSource Source, bool IsSkipLevelPetition, bool IsEmergency, bool IsOpenEmergency,
    string ReporterUserId, long? VillageId, string Category, DateTime OccurredAt, string Place, string Summary, string Description,
    int PeopleInvolved, InformationSeverity Severity, long? ScreeningCampaignId, DateTime RegisteredAt, InformationStatus Status,
    InformationOutcome? Outcome, string? HandlingNote, long? MatterId, DateTime? HandledAt, DateTime? AnalysedAt,
    IReadOnlyList<string> CauseTags, IReadOnlyList<string> CharacteristicTags,
    IReadOnlyList<InformationView.AcknowledgementView> Acknowledgements, IReadOnlyList<InformationView.DispatchView> Dispatches, int Version)
{
    public sealed record AcknowledgementView(string UserId, DateTime NotifiedAt, DateTime? AcknowledgedAt);

    public sealed record DispatchView(long Id, string Staff, DateTime SentAt, DateTime? ArrivedAt, string? Findings);

    public static InformationView From(InformationItem item, int version)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.Number, item.Source, item.IsSkipLevelPetition, item.IsEmergency, item.IsOpenEmergency, item.ReporterUserId,
            item.VillageId, item.Category, item.OccurredAt, item.Place, item.Summary, item.Description, item.PeopleInvolved, item.Severity,
            item.ScreeningCampaignId, item.RegisteredAt, item.Status, item.Outcome, item.HandlingNote, item.MatterId, item.HandledAt,
            item.AnalysedAt, item.CauseTags, item.CharacteristicTags,
            item.Acknowledgements.Select(a => new AcknowledgementView(a.UserId, a.NotifiedAt, a.AcknowledgedAt)).ToList(),
            item.Dispatches.Select(d => new DispatchView(d.Id, d.Staff, d.SentAt, d.ArrivedAt, d.Findings)).ToList(), version);
    }
}
