using Xunit;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Tests.Information;

public sealed class ScreeningCampaignTests
{
    private static readonly DateTime Now = new(2026, 11, 3, 2, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Categories = ["neighbour"];

    private static ScreeningCampaign Open() =>
        ScreeningCampaign.Open("冬季排查", "土地纠纷", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), [1], [7], "director", Now).Value!;

    [Fact]
    public void File_OutsideScope_IsForbiddenAndInsideScopeIsAdded()
    {
        var campaign = Open();

        var outside = campaign.File(2, null, "neighbour", "情况", 2, InformationSeverity.Ordinary, Categories, "reporter", Now);
        var inside = campaign.File(1, null, "neighbour", "情况", 2, InformationSeverity.Ordinary, Categories, "reporter", Now);
        var department = campaign.File(null, 7, "neighbour", "情况", 0, InformationSeverity.Serious, Categories, "handler", Now);

        Assert.IsType<ForbiddenError>(outside.Error);
        Assert.True(inside.IsSuccess);
        Assert.True(department.IsSuccess);
        Assert.Equal(2, campaign.Findings.Count);
    }

    [Fact]
    public void Analyse_RecordsAnalysisAndClosesFiling()
    {
        var campaign = Open();

        var missing = campaign.Analyse("特点", "", "建议", Now);
        var analysed = campaign.Analyse("集中在土地", "历史遗留", "加强调解", Now);
        var late = campaign.File(1, null, "neighbour", "情况", 2, InformationSeverity.Ordinary, Categories, "reporter", Now);

        Assert.Equal("causes", ((ValidationError)missing.Error!).Field);
        Assert.True(analysed.IsSuccess);
        Assert.Equal(ScreeningCampaignStatus.Analysed, campaign.Status);
        Assert.IsType<ConflictError>(late.Error);
    }

    [Fact]
    public void Open_EndBeforeStartAndNoScope_NamesFields()
    {
        var result = ScreeningCampaign.Open("排查", "重点", new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 1), [], [], "director", Now);

        var fields = ((ValidationFailure)result.Error!).Errors.Select(e => e.Field).ToList();
        Assert.Equal(["endsOn", "villageIds"], fields);
    }
}
