using Zongzhi.Domain.Information;

namespace Zongzhi.Features.Information;

/// <summary>A screening campaign as the API returns it.</summary>
public sealed record ScreeningView(long Id, string Title, string Focus, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<long> VillageIds,
    IReadOnlyList<long> DepartmentIds, ScreeningCampaignStatus Status, string? Characteristics, string? Causes, string? Recommendations,
    DateTime? AnalysedAt, IReadOnlyList<ScreeningView.FindingView> Findings, int Version)
{
    public sealed record FindingView(long Id, long? VillageId, long? DepartmentId, string Category, string Description, int PeopleInvolved,
        InformationSeverity Severity, DateTime FiledAt, long? InformationItemId);

    public static ScreeningView From(ScreeningCampaign campaign, int version)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return new(campaign.Id, campaign.Title, campaign.Focus, campaign.StartsOn, campaign.EndsOn, campaign.VillageIds, campaign.DepartmentIds,
            campaign.Status, campaign.Characteristics, campaign.Causes, campaign.Recommendations, campaign.AnalysedAt,
            campaign.Findings.Select(f => new FindingView(f.Id, f.VillageId, f.DepartmentId, f.Category, f.Description, f.PeopleInvolved, f.Severity,
                f.FiledAt, f.InformationItemId)).ToList(), version);
    }
}
