using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Matters;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Information;

public sealed class ScreeningApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Campaign_FindingsFiledAnalysedAndFindingTurnedIntoMatter(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var eastReporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.EastVillage);
        using var westReporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.WestVillage);
        using var handler = await app.ClientForAsync(Roles.DepartmentHandler, departmentId: town.JusticeOffice);
        using var informant = await app.ClientForAsync(Roles.Informant);
        var finding = new { category = "land-forest", description = "三组与四组因山林界址争议，已多次发生口角", peopleInvolved = 12, severity = "Serious" };

        var opened = await InformationApiTests.PostAsync(director, "/api/screenings", new
        {
            title = "2026年冬季矛盾纠纷排查", focus = "土地山林、征地拆迁", startsOn = "2026-11-01", endsOn = "2026-11-30",
            villageIds = new[] { town.EastVillage }, departmentIds = new[] { town.JusticeOffice },
        }, HttpStatusCode.Created);
        var id = opened.GetProperty("id").GetInt64();
        await InformationApiTests.PostAsync(eastReporter, $"/api/screenings/{id}/findings", finding);
        var filed = await InformationApiTests.PostAsync(handler, $"/api/screenings/{id}/findings", finding);
        var westFiles = await westReporter.PostAsJsonAsync($"/api/screenings/{id}/findings", finding, Cancel);
        var informantFiles = await informant.PostAsJsonAsync($"/api/screenings/{id}/findings", finding, Cancel);
        var badAnalysis = await InformationApiTests.PostAsync(director, $"/api/screenings/{id}/analysis", new { characteristics = "集中", causes = "", recommendations = "调解" }, HttpStatusCode.BadRequest);
        var analysed = await InformationApiTests.PostAsync(director, $"/api/screenings/{id}/analysis",
            new { characteristics = "集中在山林界址", causes = "确权不清", recommendations = "国土所牵头勘界", version = filed.GetProperty("version").GetInt32() });
        var findingId = analysed.GetProperty("findings")[0].GetProperty("id").GetInt64();
        var matter = await InformationApiTests.PostAsync(director, $"/api/screenings/{id}/findings/{findingId}/matter",
            new { parties = new[] { new { role = "Complainant", name = "赵六", phone = "13900002222" } } }, HttpStatusCode.Created);
        var again = await director.PostAsJsonAsync($"/api/screenings/{id}/findings/{findingId}/information", new { }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, westFiles.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, informantFiles.StatusCode);
        Assert.Equal("请填写成因", badAnalysis.GetProperty("errors").GetProperty("causes")[0].GetString());
        Assert.Equal("Analysed", analysed.GetProperty("status").GetString());
        Assert.Equal(2, analysed.GetProperty("findings").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var matterId = matter.GetProperty("matterId").GetInt64();
        var itemId = matter.GetProperty("informationItemId").GetInt64();
        var stored = await app.WithDbAsync(db => db.Matters.SingleAsync(m => m.Id == matterId));
        var item = await app.WithDbAsync(db => db.InformationItems.SingleAsync(i => i.Id == itemId));
        Assert.Equal(IntakeChannel.InformationItem, stored.Channel);
        Assert.Equal(itemId, stored.SourceInformationItemId);
        Assert.Equal(InformationSource.Screening, item.Source);
        Assert.Equal(matterId, item.MatterId);
        Assert.Equal(id, item.ScreeningCampaignId);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "screening.analyse")));
    }
}
