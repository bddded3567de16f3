using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Information;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Information.InformationPagesTests;

namespace Zongzhi.Tests.Features.Information;

public sealed class ScreeningPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task ScreeningPages_OpenFileAnalyseAndTurnFindingsIntoInformationAndMatter_OutOfScopeGets404(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var east = await app.ClientForAsync(Roles.VillageReporter, villageId: town.EastVillage);
        using var west = await app.ClientForAsync(Roles.VillageReporter, villageId: town.WestVillage);
        using var police = await app.ClientForAsync(Roles.DepartmentHandler, departmentId: town.PoliceStation);
        var token = Token(await director.GetStringAsync("/Information/Screenings/Open", Ct));

        var noTitle = await director.PostAsync("/Information/Screenings/Open", Form(token, ("Input.Title", ""), ("Input.Focus", "征地拆迁、劳资纠纷"),
            ("Input.StartsOn", "2026-11-28"), ("Input.EndsOn", "2026-12-10"), ("Input.VillageIds", $"{town.EastVillage}")), Ct);
        var noTitleHtml = await noTitle.Content.ReadAsStringAsync(Ct);
        var opened = await director.PostAsync("/Information/Screenings/Open", Form(token, ("Input.Title", "元旦前矛盾纠纷集中排查"), ("Input.Focus", "征地拆迁、劳资纠纷"),
            ("Input.StartsOn", "2026-11-28"), ("Input.EndsOn", "2026-12-10"), ("Input.VillageIds", $"{town.EastVillage}"), ("Input.DepartmentIds", $"{town.PoliceStation}")), Ct);
        var url = opened.Headers.Location!.OriginalString;
        var eastToken = Token(await east.GetStringAsync(url, Ct));
        var badFinding = await east.PostAsync(url + "?handler=File", Form(eastToken, ("Form.Category", "neighbour"), ("Form.Description", ""), ("Form.PeopleInvolved", "4"), ("Form.Severity", "Serious")), Ct);
        var badFindingHtml = await badFinding.Content.ReadAsStringAsync(Ct);
        var filed = await east.PostAsync(url + "?handler=File", Form(eastToken, ("Form.Category", "neighbour"), ("Form.Description", "两户因宅基地边界长期争执"), ("Form.PeopleInvolved", "4"), ("Form.Severity", "Serious")), Ct);
        var policeFiled = await police.PostAsync(url + "?handler=File", Form(Token(await police.GetStringAsync(url, Ct)),
            ("Form.Category", "labour"), ("Form.Description", "工地拖欠农民工工资"), ("Form.PeopleInvolved", "12"), ("Form.Severity", "Major")), Ct);
        var westPage = await west.GetAsync(url, Ct);
        var westList = await west.GetStringAsync("/Information/Screenings", Ct);
        var findings = await app.WithDbAsync(db => db.ScreeningCampaigns.SelectMany(c => c.Findings).OrderBy(f => f.Id).Select(f => f.Id).ToListAsync(Ct));
        var toInformation = await director.PostAsync(url + "?handler=ToInformation", Form(token, ("Form.FindingId", $"{findings[0]}")), Ct);
        var toMatter = await director.PostAsync(url + "?handler=ToMatter", Form(token, ("Form.FindingId", $"{findings[1]}"), ("Form.PartyName", "赵六"), ("Form.PartyPhone", "13700002222")), Ct);
        var version = await app.WithDbAsync(db => db.ScreeningCampaigns.Select(c => EF.Property<int>(c, "Version")).SingleAsync(Ct));
        var noCauses = await director.PostAsync(url + "?handler=Analyse", Form(token, ("Form.Version", $"{version}"), ("Form.Characteristics", "集中在征地村组"), ("Form.Causes", ""), ("Form.Recommendations", "提前介入")), Ct);
        var noCausesHtml = await noCauses.Content.ReadAsStringAsync(Ct);
        var analysed = await director.PostAsync(url + "?handler=Analyse", Form(token, ("Form.Version", $"{version}"), ("Form.Characteristics", "集中在征地村组"),
            ("Form.Causes", "补偿标准不一"), ("Form.Recommendations", "提前介入，逐户见面")), Ct);
        var page = await director.GetStringAsync(url, Ct);

        Assert.Matches("data-valmsg-for=\"Input.Title\"[^>]*>请填写排查名称", noTitleHtml);
        Assert.Contains("征地拆迁、劳资纠纷", noTitleHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Matches("data-valmsg-for=\"Form.Description\"[^>]*>请填写情况描述", badFindingHtml);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, policeFiled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, westPage.StatusCode);
        Assert.DoesNotContain("元旦前矛盾纠纷集中排查", westList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, toInformation.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, toMatter.StatusCode);
        Assert.Matches("data-valmsg-for=\"Form.Causes\"[^>]*>请填写成因", noCausesHtml);
        Assert.Contains("集中在征地村组", noCausesHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, analysed.StatusCode);
        Assert.Contains("补偿标准不一", page, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(page, "已转为信息"));
        var items = await app.WithDbAsync(db => db.InformationItems.OrderBy(i => i.Id).ToListAsync(Ct));
        Assert.All(items, i => Assert.Equal(InformationSource.Screening, i.Source));
        Assert.Equal(InformationOutcome.TurnedIntoMatter, items[1].Outcome);
        Assert.Equal(1, await app.WithDbAsync(db => db.Matters.CountAsync(Ct)));
        Assert.Equal(ScreeningCampaignStatus.Analysed, await app.WithDbAsync(db => db.ScreeningCampaigns.Select(c => c.Status).SingleAsync(Ct)));
    }
}
