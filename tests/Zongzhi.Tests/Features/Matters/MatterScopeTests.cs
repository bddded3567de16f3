using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Matters;

public sealed class MatterScopeTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Get_OutsideScopeOrAsRespondent_Answers404(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        var respondent = await app.CreateUserAsync("respondent-director", Roles.CenterDirector);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        var created = await clerk.PostAsJsonAsync("/api/matters", town.Visit(respondentUserId: respondent.Id), TestContext.Current.CancellationToken);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
        using var eastReporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.EastVillage);
        using var westReporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.WestVillage);
        using var handler = await app.ClientForAsync(Roles.DepartmentHandler, town.JusticeOffice);
        using var respondentClient = await app.LoginAsync("respondent-director");

        var own = await eastReporter.GetAsync($"/api/matters/{id}", TestContext.Current.CancellationToken);
        var otherVillage = await westReporter.GetAsync($"/api/matters/{id}", TestContext.Current.CancellationToken);
        var unassigned = await handler.GetAsync($"/api/matters/{id}", TestContext.Current.CancellationToken);
        var aboutThemselves = await respondentClient.GetAsync($"/api/matters/{id}", TestContext.Current.CancellationToken);
        var listed = await respondentClient.GetFromJsonAsync<JsonElement>("/api/matters", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherVillage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unassigned.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, aboutThemselves.StatusCode);
        Assert.Equal(0, listed.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Search_ByNumberAndText_PagesByKeyset()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        for (var i = 0; i < 5; i++)
        {
            await clerk.PostAsJsonAsync("/api/matters", town.Visit($"第{i}件 土地纠纷"), TestContext.Current.CancellationToken);
        }

        // Words are searched with the criteria in the body (issue 7); the address takes a matter number or its beginning.
        var first = await (await clerk.PostAsJsonAsync("/api/matters/search", new { q = "土地", pageSize = 2 }, TestContext.Current.CancellationToken))
            .Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var next = first.GetProperty("nextAfter").GetInt64();
        var second = await (await clerk.PostAsJsonAsync("/api/matters/search", new { q = "土地", pageSize = 2, after = next }, TestContext.Current.CancellationToken))
            .Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var byNumber = await clerk.GetFromJsonAsync<JsonElement>("/api/matters?q=ZZ-2026-000003", TestContext.Current.CancellationToken);

        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal("第4件 土地纠纷", first.GetProperty("items")[0].GetProperty("summary").GetString());
        Assert.Equal("第2件 土地纠纷", second.GetProperty("items")[0].GetProperty("summary").GetString());
        Assert.Equal("ZZ-2026-000003", Assert.Single(byNumber.GetProperty("items").EnumerateArray()).GetProperty("number").GetString());
    }
}
