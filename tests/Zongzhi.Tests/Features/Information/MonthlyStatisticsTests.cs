using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Information;

public sealed class MonthlyStatisticsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Matter(string channel, string receivedAt, long village, string category) => new
    {
        channel,
        receivedAt,
        villageId = village,
        category,
        summary = "统计用事项",
        description = "统计用事项详情",
        parties = new object[] { new { role = "Complainant", name = "张三", phone = "13812345678" } },
    };

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Monthly_HandCountedFixture_MatchesByTownDateWithComparisons(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider, now: new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.FromHours(8)));
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var reporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.EastVillage);
        using var informant = await app.ClientForAsync(Roles.Informant);
        await InformationApiTests.PostAsync(director, "/api/matters", Matter("Visit", "2026-10-15T09:00:00+08:00", town.EastVillage, "neighbour"), HttpStatusCode.Created);
        await InformationApiTests.PostAsync(director, "/api/matters", Matter("Visit", "2026-10-20T09:00:00+08:00", town.EastVillage, "neighbour"), HttpStatusCode.Created);
        await InformationApiTests.PostAsync(director, "/api/matters", Matter("Call", "2026-10-31T23:30:00+08:00", town.WestVillage, "labour"), HttpStatusCode.Created);
        await InformationApiTests.PostAsync(director, "/api/matters", Matter("Visit", "2026-11-01T00:30:00+08:00", town.EastVillage, "neighbour"), HttpStatusCode.Created);
        await InformationApiTests.PostAsync(director, "/api/matters", Matter("Letter", "2026-09-20T09:00:00+08:00", town.EastVillage, "neighbour"), HttpStatusCode.Created);
        await InformationApiTests.PostAsync(director, "/api/matters", Matter("Visit", "2025-10-10T09:00:00+08:00", town.WestVillage, "labour"), HttpStatusCode.Created);
        await InformationApiTests.PostAsync(informant, "/api/information", InformationApiTests.Item("Informant", null, occurredAt: "2026-11-05T08:00:00+08:00"), HttpStatusCode.Created);
        await InformationApiTests.PostAsync(informant, "/api/information", InformationApiTests.Item("MajorIncident", null, occurredAt: "2026-11-05T08:00:00+08:00"), HttpStatusCode.Created);
        await VillageReportApiTests.ImportAsync(reporter, VillageReportApiTests.Xlsx([VillageReportApiTests.Row("东村", "2026-10", "邻里纠纷", 2, 2, 0)]), submit: true);

        var october = await director.GetFromJsonAsync<JsonElement>("/api/reports/monthly?month=2026-10", Cancel);
        var november = await director.GetFromJsonAsync<JsonElement>("/api/reports/monthly?month=2026-11", Cancel);
        var refused = await informant.GetAsync("/api/reports/monthly?month=2026-10", Cancel);
        var bad = await director.GetAsync("/api/reports/monthly?month=10-2026", Cancel);

        Assert.Equal(3, october.GetProperty("totals").GetProperty("mattersReceived").GetInt32());
        Assert.Equal(2, october.GetProperty("byChannel").GetProperty("Visit").GetInt32());
        Assert.Equal(1, october.GetProperty("byChannel").GetProperty("Call").GetInt32());
        Assert.Equal(2, october.GetProperty("byCategory").GetProperty("neighbour").GetInt32());
        Assert.Equal(1, october.GetProperty("byVillage").GetProperty("西社区").GetInt32());
        Assert.Equal(1, october.GetProperty("previousMonth").GetProperty("mattersReceived").GetInt32());
        Assert.Equal(1, october.GetProperty("sameMonthLastYear").GetProperty("mattersReceived").GetInt32());
        Assert.Equal(1, october.GetProperty("villageReportsReceived").GetInt32());
        Assert.Equal(1, october.GetProperty("villageReportsMissing").GetInt32());
        Assert.Equal(JsonValueKind.Null, october.GetProperty("onTimeRate").ValueKind);
        Assert.Equal(0, october.GetProperty("totals").GetProperty("informationItems").GetInt32());
        Assert.Equal(1, november.GetProperty("totals").GetProperty("mattersReceived").GetInt32());
        Assert.Equal(2, november.GetProperty("totals").GetProperty("informationItems").GetInt32());
        Assert.Equal(1, november.GetProperty("totals").GetProperty("emergencies").GetInt32());
        Assert.Equal(1, november.GetProperty("informationBySource").GetProperty("MajorIncident").GetInt32());
        Assert.Equal(3, november.GetProperty("previousMonth").GetProperty("mattersReceived").GetInt32());
        Assert.Equal(0, november.GetProperty("villageReportsMissing").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
