using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Admin;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Features.Information;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Meetings;

public sealed class MeetingPackTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static int Count(JsonElement list, string label) =>
        list.EnumerateArray().Where(c => c.GetProperty("label").GetString() == label).Select(c => c.GetProperty("value").GetInt32()).SingleOrDefault();

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Pack_HandCountedOctober_MatchesFiguresComparisonsAndHotspots(string provider)
    {
        await using var town = await MeetingPackFixture.CreateAsync(provider);

        var october = await AssignmentScenario.Json(await town.GetAsync(AssignmentScenario.Director, "/api/meetings/pack?month=2025-10"));

        var totals = october.GetProperty("totals");
        Assert.Equal(4, totals.GetProperty("received").GetInt32());
        Assert.Equal(3, totals.GetProperty("accepted").GetInt32());
        Assert.Equal(2, totals.GetProperty("closed").GetInt32());
        Assert.Equal(75.0, totals.GetProperty("acceptanceRate").GetDouble());
        Assert.Equal(0.0, totals.GetProperty("closingRate").GetDouble());
        Assert.Equal(66.7, totals.GetProperty("onTimeRate").GetDouble());
        Assert.Equal(2, totals.GetProperty("informationItems").GetInt32());
        Assert.Equal(1, totals.GetProperty("emergencies").GetInt32());
        Assert.Equal(2, Count(october.GetProperty("byChannel"), "来访"));
        Assert.Equal(1, Count(october.GetProperty("byChannel"), "来电"));
        Assert.Equal(1, Count(october.GetProperty("byChannel"), "来信"));
        Assert.Equal(2, Count(october.GetProperty("byCategory"), "劳动争议"));
        Assert.Equal(1, Count(october.GetProperty("byCategory"), "婚姻家庭"));
        Assert.Equal(1, Count(october.GetProperty("byCategory"), "邻里纠纷"));
        Assert.Equal(2, Count(october.GetProperty("byVillage"), "东村"));
        Assert.Equal(2, Count(october.GetProperty("byVillage"), "西社区"));
        var deadlines = october.GetProperty("deadlines");
        Assert.Equal(2, deadlines.GetProperty("metOnTime").GetInt32());
        Assert.Equal(1, deadlines.GetProperty("metLate").GetInt32());
        Assert.Equal(66.7, deadlines.GetProperty("onTimeRate").GetDouble());
        Assert.Equal(1, deadlines.GetProperty("extended").GetInt32());
        Assert.Equal(2, deadlines.GetProperty("openAtEnd").GetInt32());
        Assert.Equal(1, deadlines.GetProperty("overdueAtEnd").GetInt32());
        Assert.Equal(50.0, deadlines.GetProperty("overdueRate").GetDouble());
        Assert.Equal(2, october.GetProperty("callbacks").GetInt32());
        Assert.Equal(1, october.GetProperty("satisfied").GetInt32());
        Assert.Equal(50.0, october.GetProperty("satisfactionRate").GetDouble());
        Assert.Equal(1, october.GetProperty("rehandlings").GetInt32());
        Assert.Equal(1, october.GetProperty("leaderCasesAssigned").GetInt32());
        Assert.Equal(0, october.GetProperty("leaderCasesClosed").GetInt32());
        Assert.Equal(1, october.GetProperty("extensionsRequested").GetInt32());
        Assert.Equal(1, october.GetProperty("extensionsApproved").GetInt32());
        Assert.Equal(1, Count(october.GetProperty("informationBySource"), "重大突发事件/越级上访"));
        Assert.Equal(1, october.GetProperty("openEmergencies").GetInt32());
        Assert.Equal(1, october.GetProperty("villageReportsReceived").GetInt32());
        Assert.Equal(1, october.GetProperty("villageReportsMissing").GetInt32());
        Assert.Equal(["西社区"], october.GetProperty("villagesMissing").EnumerateArray().Select(v => v.GetString()));
        var accountability = Assert.Single(october.GetProperty("accountability").EnumerateArray());
        Assert.Equal("司法所", accountability.GetProperty("department").GetString());
        Assert.StartsWith("ST-3", accountability.GetProperty("ground").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, accountability.GetProperty("opened").GetInt32());
        var previous = october.GetProperty("previousPeriod");
        Assert.Equal(3, previous.GetProperty("received").GetInt32());
        Assert.Equal(3, previous.GetProperty("accepted").GetInt32());
        Assert.Equal(0, previous.GetProperty("closed").GetInt32());
        Assert.Equal(JsonValueKind.Null, previous.GetProperty("onTimeRate").ValueKind);
        Assert.Equal(0, october.GetProperty("samePeriodLastYear").GetProperty("received").GetInt32());
        Assert.Equal(["西社区"], october.GetProperty("risingVillages").EnumerateArray().Select(h => h.GetProperty("name").GetString()));
        Assert.Equal(["劳动争议", "婚姻家庭"], october.GetProperty("risingCategories").EnumerateArray().Select(h => h.GetProperty("name").GetString()));
        var trend = october.GetProperty("trend").EnumerateArray().ToList();
        Assert.Equal(12, trend.Count);
        Assert.Equal("2024-11", trend[0].GetProperty("month").GetString());
        Assert.Equal((3, 0), (trend[10].GetProperty("received").GetInt32(), trend[10].GetProperty("closed").GetInt32()));
        Assert.Equal((4, 2), (trend[11].GetProperty("received").GetInt32(), trend[11].GetProperty("closed").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task PackExcel_OneSheetPerTable_NeutralisesFormulasAndIsAudited(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider, now: new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.FromHours(8)));
        var village = await app.WithDbAsync(async db =>
        {
            var v = new Village { Name = "=HYPERLINK(\"http://x\")", SortOrder = 9 };
            db.Villages.Add(v);
            await db.SaveChangesAsync();
            return v.Id;
        });
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        await InformationApiTests.PostAsync(director, "/api/matters", new
        {
            channel = "Visit", receivedAt = "2026-10-15T09:00:00+08:00", villageId = village, category = "neighbour", summary = "统计用事项",
            description = "统计用事项详情", parties = new object[] { new { role = "Complainant", name = "张三", phone = "13812345678" } },
        }, HttpStatusCode.Created);

        var response = await director.GetAsync("/api/meetings/pack/excel?month=2026-10", Cancel);
        var page = await director.GetAsync("/Meetings/Pack/Excel?month=2026-10", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel));
        var sheets = stream.GetSheetNames();
        Assert.Equal(["主要指标", "办理与时限", "按来源渠道", "按纠纷类别", "按村(社区)", "信息来源", "村(社区)月报", "责任追究", "热点", "近12个月趋势"], sheets);
        var villages = stream.Query(useHeaderRow: true, sheetName: "按村(社区)").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("'=HYPERLINK(\"http://x\")", villages[0]["村(社区)"]);
        Assert.Equal(1.0, Convert.ToDouble(villages[0]["事项数"], System.Globalization.CultureInfo.InvariantCulture));
        var exports = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "meetings.pack.export" && a.EntityId == "2026-10", Cancel));
        Assert.Equal(2, exports);
    }

    [Theory]
    [InlineData(Roles.CenterDirector, HttpStatusCode.OK)]
    [InlineData(Roles.TopLeader, HttpStatusCode.OK)]
    [InlineData(Roles.PartyGovernmentOffice, HttpStatusCode.OK)]
    [InlineData(Roles.Auditor, HttpStatusCode.OK)]
    [InlineData(Roles.DepartmentHead, HttpStatusCode.Forbidden)]
    [InlineData(Roles.VillageReporter, HttpStatusCode.Forbidden)]
    [InlineData(Roles.DisciplineOfficer, HttpStatusCode.Forbidden)]
    public async Task Pack_ByRole_ReadersOnly(string role, HttpStatusCode expected)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = await app.ClientForAsync(role);

        var api = await client.GetAsync("/api/meetings/pack?month=2026-10", Cancel);
        var excel = await client.GetAsync("/api/meetings/pack/excel?month=2026-10", Cancel);
        var page = await client.GetAsync("/Meetings/Pack?month=2026-10", Cancel);

        Assert.Equal(expected, api.StatusCode);
        Assert.Equal(expected, excel.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            var html = await page.Content.ReadAsStringAsync(Cancel);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("综治例会材料（2026年10月）", html, StringComparison.Ordinal);
            Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(html, "<svg class=\"chart "));
        }
        else
        {
            Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Fact]
    public async Task Pack_BadMonth_ChineseProblem()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var director = await app.ClientForAsync(Roles.CenterDirector);

        var response = await director.GetAsync("/api/meetings/pack?month=10-2026", Cancel);
        var page = await director.GetStringAsync("/Meetings/Pack?month=abc", Cancel);

        Assert.Equal("统计月份格式应为 yyyy-MM，例如 2026-10", await AssignmentScenario.ErrorOf(response, "month"));
        Assert.Contains("月份格式应为 yyyy-MM", page, StringComparison.Ordinal);
        Assert.Contains("综治例会材料（2026年10月）", page, StringComparison.Ordinal);
    }
}
