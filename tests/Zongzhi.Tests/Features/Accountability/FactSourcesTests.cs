using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Information;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Features.Information;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Assignments.AssignmentScenario;

namespace Zongzhi.Tests.Features.Accountability;

/// <summary>The real fact sources behind GET /api/accountability/candidates, on both databases.</summary>
public sealed class FactSourcesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Candidates_EmergencyNotAcknowledgedInTime_ProposedWithEvidenceOnTimeRecipientsNot(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider,
            services => services.Configure<InformationOptions>(o => o.EmergencyAcknowledgementMinutes = 30));
        var town = await TownFixture.CreateAsync(app);
        var slow = await app.CreateUserAsync("top-slow", Roles.TopLeader);
        var late = await app.CreateUserAsync("director-late", Roles.CenterDirector);
        var prompt = await app.CreateUserAsync("director-prompt", Roles.CenterDirector);
        using var informant = await app.ClientForAsync(Roles.Informant);
        using (var promptClient = await app.LoginAsync(prompt.UserName!))
        {
            var item = await InformationApiTests.PostAsync(informant, "/api/information", InformationApiTests.Item("MajorIncident", town.WestVillage, "数十人聚集镇政府门口"),
                HttpStatusCode.Created);
            var id = item.GetProperty("id").GetInt64();
            app.Clock.Advance(TimeSpan.FromMinutes(10));
            await InformationApiTests.PostAsync(promptClient, $"/api/information/{id}/acknowledge", new { });
            using var officerEarly = await app.ClientForAsync(Roles.DisciplineOfficer);
            Assert.Empty(Emergencies(await officerEarly.GetFromJsonAsync<JsonElement[]>("/api/accountability/candidates", Cancel)));

            app.Clock.Advance(TimeSpan.FromMinutes(35));
            using var lateClient = await app.LoginAsync(late.UserName!);
            await InformationApiTests.PostAsync(lateClient, $"/api/information/{id}/acknowledge", new { });
            using var officer = await app.ClientForAsync(Roles.DisciplineOfficer);

            var candidates = Emergencies(await officer.GetFromJsonAsync<JsonElement[]>("/api/accountability/candidates", Cancel));

            Assert.Equal(new[] { late.Id, slow.Id }.Order(StringComparer.Ordinal),
                candidates.Select(c => c.GetProperty("userId").GetString()!).Order(StringComparer.Ordinal));
            Assert.DoesNotContain(candidates, c => c.GetProperty("userId").GetString() == prompt.Id);
            var evidence = candidates[0].GetProperty("evidence")[0];
            Assert.Equal("InformationItem", evidence.GetProperty("entityType").GetString());
            Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), evidence.GetProperty("entityId").GetString());
            Assert.Contains(candidates, c => c.GetProperty("description").GetString() == "重大突发事件通知至今未确认");
            Assert.Contains(candidates, c => c.GetProperty("description").GetString() == "重大突发事件通知未在规定时间内确认");
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Candidates_UnsatisfiedCallbackRehandlingAndOverdue_ListedOnEitherDatabase(string provider)
    {
        await using var scenario = await AssignmentScenario.CreateAsync(provider);
        var (_, sheetId) = await scenario.ReceivedAsync();
        var (otherMatterId, otherSheetId) = await scenario.ReceivedAsync();
        await OkAsync(scenario.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/result",
            new { whatWasDone = "组织双方调解。", replyToParty = "已电话答复。", partySatisfaction = "Unsatisfied" }));
        await OkAsync(scenario.PostAsync(Director, $"/api/assignments/{sheetId}/review", new { outcome = "RehandlingOrdered", reasons = "当事人不满意，请重新测量边界。" }));
        await OkAsync(scenario.PostAsync(JusticeHandler, $"/api/assignments/{otherSheetId}/result",
            new { whatWasDone = "组织双方调解。", replyToParty = "已电话答复。", partySatisfaction = "Unsatisfied" }));
        await OkAsync(scenario.PostAsync(Director, $"/api/assignments/{otherSheetId}/review", new { outcome = "Accepted", comment = "同意办结。" }));
        await OkAsync(scenario.PostAsync(Director, $"/api/matters/{otherMatterId}/callback", new { method = "Phone", satisfaction = "Unsatisfied" }));
        scenario.MoveTo(EveOfNationalDay.AddDays(40));
        await scenario.App.CreateUserAsync("officer", Roles.DisciplineOfficer);

        var response = await scenario.GetAsync("officer", "/api/accountability/candidates");

        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var candidates = JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();
        var reasons = candidates.Select(c => c.GetProperty("reason").GetString()).ToList();
        Assert.Contains("RehandlingOrdered", reasons);
        Assert.Contains("OverdueWithoutExtension", reasons);
        var unsatisfied = Assert.Single(candidates, c => c.GetProperty("reason").GetString() == "PartyUnsatisfied");
        Assert.Equal(scenario.Town.JusticeOffice, unsatisfied.GetProperty("departmentId").GetInt64());
    }

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
    }

    private static JsonElement[] Emergencies(JsonElement[]? candidates) =>
        [.. candidates!.Where(c => c.GetProperty("reason").GetString() == "EmergencyNotAcknowledged")];
}
