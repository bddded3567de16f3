using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Information;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Information;

public sealed class InformationApiTests
{
    private static readonly string[] Causes = ["宅基地权属不清"];
    private static readonly string[] Characteristics = ["邻里", "反复"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    internal static object Item(string source, long? village, string summary = "两户因排水沟发生争执", bool skipLevel = false, string place = "东村三组",
        string occurredAt = "2026-11-28T08:00:00+08:00") => new
    {
        source,
        isSkipLevelPetition = skipLevel,
        villageId = village,
        category = "neighbour",
        occurredAt,
        place,
        summary,
        description = "双方情绪激动，需及时调处。",
        peopleInvolved = 6,
        severity = "Serious",
    };

    internal static async Task<JsonElement> PostAsync(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync(url, body, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(expected == response.StatusCode, $"{url}: {response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Register_EachSource_IsNumberedHandledAndAnalysed(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        using var reporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.EastVillage);
        using var informant = await app.ClientForAsync(Roles.Informant);

        var reception = await PostAsync(clerk, "/api/information", Item("Reception", town.EastVillage), HttpStatusCode.Created);
        var village = await PostAsync(reporter, "/api/information", Item("Village", town.EastVillage), HttpStatusCode.Created);
        var screening = await PostAsync(director, "/api/information", Item("Screening", town.WestVillage), HttpStatusCode.Created);
        var incident = await PostAsync(clerk, "/api/information", Item("MajorIncident", town.EastVillage, skipLevel: true), HttpStatusCode.Created);
        var security = await PostAsync(informant, "/api/information", Item("Informant", null), HttpStatusCode.Created);
        var noted = await PostAsync(director, $"/api/information/{reception.GetProperty("id")}/handle", new { outcome = "Noted", note = "已知悉" });
        var closed = await PostAsync(director, $"/api/information/{village.GetProperty("id")}/handle", new { outcome = "Closed", reason = "村已调解" });
        var turned = await PostAsync(director, $"/api/information/{screening.GetProperty("id")}/matter",
            new { parties = new[] { new { role = "Complainant", name = "王五", phone = "13900001111" } } }, HttpStatusCode.Created);
        var closedIncident = await PostAsync(director, $"/api/information/{incident.GetProperty("id")}/handle", new { outcome = "Closed", reason = "已处置完毕" });
        var handled = await PostAsync(director, $"/api/information/{security.GetProperty("id")}/handle", new { outcome = "Noted" });
        var analysed = await PostAsync(director, $"/api/information/{reception.GetProperty("id")}/analysis",
            new { causeTags = Causes, characteristicTags = Characteristics, version = noted.GetProperty("version").GetInt32() });

        Assert.Equal("XX-2026-000001", reception.GetProperty("number").GetString());
        Assert.Equal("XX-2026-000005", security.GetProperty("number").GetString());
        Assert.Equal("Noted", noted.GetProperty("outcome").GetString());
        Assert.Equal("Closed", closed.GetProperty("outcome").GetString());
        Assert.Equal("TurnedIntoMatter", turned.GetProperty("outcome").GetString());
        Assert.Equal("Closed", closedIncident.GetProperty("outcome").GetString());
        Assert.Equal("Handled", handled.GetProperty("status").GetString());
        Assert.Equal("Analysed", analysed.GetProperty("status").GetString());
        var matterId = turned.GetProperty("matterId").GetInt64();
        var matter = await app.WithDbAsync(db => db.Matters.SingleAsync(m => m.Id == matterId));
        Assert.Equal(screening.GetProperty("id").GetInt64(), matter.SourceInformationItemId);
        Assert.Equal(Zongzhi.Domain.Matters.IntakeChannel.InformationItem, matter.Channel);
        Assert.Equal(5, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "information.register")));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "information.turnIntoMatter")));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Register_Emergency_NotifiesEachRecipientOnceRecordsAcknowledgementsAndDispatch(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider,
            services => services.Configure<InformationOptions>(o => o.HigherDepartments.AddRange(["county-zzb", "no-such-user"])));
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var deputy = await app.ClientForAsync(Roles.CenterDirector);
        using var topLeader = await app.ClientForAsync(Roles.TopLeader);
        using var county = await app.ClientForAsync(Roles.PartyGovernmentOffice, userName: "county-zzb");
        using var informant = await app.ClientForAsync(Roles.Informant);

        var item = await PostAsync(informant, "/api/information", Item("MajorIncident", town.WestVillage, "数十人聚集镇政府门口"), HttpStatusCode.Created);
        var id = item.GetProperty("id").GetInt64();
        var countyView = await county.GetFromJsonAsync<JsonElement>($"/api/information/{id}", Cancel);
        var acknowledged = await PostAsync(topLeader, $"/api/information/{id}/acknowledge", new { });
        await PostAsync(topLeader, $"/api/information/{id}/acknowledge", new { }, HttpStatusCode.Conflict);
        await PostAsync(county, $"/api/information/{id}/acknowledge", new { });
        var dispatched = await PostAsync(director, $"/api/information/{id}/dispatches", new { staff = "综治中心副主任、派出所民警2名", sentAt = "2026-11-28T09:40:00+08:00" });
        var dispatchId = dispatched.GetProperty("dispatches")[0].GetProperty("id").GetInt64();
        var arrived = await PostAsync(director, $"/api/information/{id}/dispatches/{dispatchId}/arrival",
            new { arrivedAt = "2026-11-28T09:55:00+08:00", findings = "群众情绪基本稳定，已劝离" });
        var open = await director.GetFromJsonAsync<JsonElement>("/api/information/emergencies", Cancel);
        await PostAsync(director, $"/api/information/{id}/handle", new { outcome = "Closed", reason = "已妥善处置" });
        var afterClose = await director.GetFromJsonAsync<JsonElement>("/api/information/emergencies", Cancel);

        var notified = await app.WithDbAsync(db => db.Notifications.Where(n => n.DedupKey == $"information:{id}:emergency").Select(n => n.UserId).ToListAsync());
        Assert.Equal(4, notified.Count);
        Assert.Equal(4, notified.Distinct().Count());
        Assert.Equal(4, countyView.GetProperty("acknowledgements").GetArrayLength());
        var acknowledgements = arrived.GetProperty("acknowledgements").EnumerateArray().ToList();
        Assert.Equal(2, acknowledgements.Count(a => a.GetProperty("acknowledgedAt").ValueKind != JsonValueKind.Null));
        Assert.Equal(1, acknowledged.GetProperty("acknowledgements").EnumerateArray().Count(a => a.GetProperty("acknowledgedAt").ValueKind != JsonValueKind.Null));
        var dispatch = arrived.GetProperty("dispatches")[0];
        Assert.Equal(new DateTime(2026, 11, 28, 1, 55, 0, DateTimeKind.Utc), dispatch.GetProperty("arrivedAt").GetDateTime().ToUniversalTime());
        Assert.Equal("群众情绪基本稳定，已劝离", dispatch.GetProperty("findings").GetString());
        Assert.Equal(id, Assert.Single(open.EnumerateArray()).GetProperty("id").GetInt64());
        Assert.Empty(afterClose.EnumerateArray());
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "information.acknowledge")));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Refusals_ScopeIs404WrongRoleIs403BadInputIs400InChinese(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        using var eastReporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.EastVillage);
        using var informant = await app.ClientForAsync(Roles.Informant);
        using var otherInformant = await app.ClientForAsync(Roles.Informant);
        using var handler = await app.ClientForAsync(Roles.DepartmentHandler, departmentId: town.JusticeOffice);

        var west = await PostAsync(clerk, "/api/information", Item("Reception", town.WestVillage), HttpStatusCode.Created);
        var own = await PostAsync(informant, "/api/information", Item("Informant", null), HttpStatusCode.Created);
        var westByReporter = await eastReporter.GetAsync($"/api/information/{west.GetProperty("id")}", Cancel);
        var otherInformants = await otherInformant.GetAsync($"/api/information/{own.GetProperty("id")}", Cancel);
        var ownList = await informant.GetFromJsonAsync<JsonElement>("/api/information", Cancel);
        await PostAsync(informant, "/api/information", Item("Village", town.EastVillage), HttpStatusCode.Forbidden);
        await PostAsync(eastReporter, "/api/information", Item("Village", town.WestVillage), HttpStatusCode.Forbidden);
        await PostAsync(handler, "/api/information", Item("Reception", town.EastVillage), HttpStatusCode.Forbidden);
        await PostAsync(informant, $"/api/information/{own.GetProperty("id")}/handle", new { outcome = "Noted" }, HttpStatusCode.Forbidden);
        var bad = await PostAsync(clerk, "/api/information", Item("Reception", town.EastVillage, place: " "), HttpStatusCode.BadRequest);
        var ordinaryDispatch = await PostAsync(await app.ClientForAsync(Roles.CenterDirector), $"/api/information/{west.GetProperty("id")}/dispatches",
            new { staff = "张三", sentAt = "2026-11-28T09:00:00+08:00" }, HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.NotFound, westByReporter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherInformants.StatusCode);
        Assert.Single(ownList.EnumerateArray());
        Assert.Equal("请填写发生地点", bad.GetProperty("errors").GetProperty("place")[0].GetString());
        Assert.Contains("派员", ordinaryDispatch.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.InformationItems.CountAsync()));
    }
}
