using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Matters;

public sealed class RegisterMatterTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Register_ValidVisit_CreatesNumberedMatterWithMaskedPartiesAndAudit(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);

        var response = await clerk.PostAsJsonAsync("/api/matters", town.Visit(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var matter = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("ZZ-2026-000001", matter.GetProperty("number").GetString());
        Assert.Equal("Registered", matter.GetProperty("status").GetString());
        var complainant = matter.GetProperty("parties")[0];
        Assert.Equal("张*", complainant.GetProperty("name").GetString());
        Assert.Equal("138****5678", complainant.GetProperty("phone").GetString());
        Assert.Equal("110105********002X", complainant.GetProperty("idNumber").GetString());
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "matter.register")));
        var second = await clerk.PostAsJsonAsync("/api/matters", town.Visit("第二件"), TestContext.Current.CancellationToken);
        Assert.Equal("ZZ-2026-000002", (await second.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("number").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Register_SameIdempotencyKey_ReplaysFirstResultAndDifferentBodyIs422(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);

        var first = await PostWithKeyAsync(clerk, town.Visit(), "key-1");
        var retry = await PostWithKeyAsync(clerk, town.Visit(), "key-1");
        var reused = await PostWithKeyAsync(clerk, town.Visit("另一件事"), "key-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await retry.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal((HttpStatusCode)422, reused.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Matters.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Register_TwentyParallelRetriesWithOneKey_CreateOneMatter(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostWithKeyAsync(clerk, town.Visit(), "double-click")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(1, await app.WithDbAsync(db => db.Matters.CountAsync()));
    }

    [Fact]
    public async Task Register_BadInput_Returns400NamingEachFieldAndSavesNothing()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        var body = new
        {
            channel = "Visit",
            receivedAt = "2026-11-28T09:30:00+08:00",
            villageId = town.EastVillage,
            category = "no-such-category",
            summary = new string('长', 201),
            description = "x",
            parties = new object[] { new { role = "Complainant", name = "王五", phone = "12345", idNumber = "110105194912310021" } },
        };

        var response = await clerk.PostAsJsonAsync("/api/matters", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("category", out _));
        Assert.True(errors.TryGetProperty("summary", out _));
        Assert.True(errors.TryGetProperty("parties[0].phone", out _));
        Assert.True(errors.TryGetProperty("parties[0].idNumber", out _));
        Assert.Equal(0, await app.WithDbAsync(db => db.Matters.CountAsync()));
    }

    [Fact]
    public async Task Register_UnknownProperty_IsRefused()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);

        var response = await clerk.PostAsync("/api/matters", JsonContent.Create(new { channel = "Visit", status = "Archived" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Matters.CountAsync()));
    }

    [Fact]
    public async Task Register_ByDepartmentHandler_IsForbidden()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var town = await TownFixture.CreateAsync(app);
        using var handler = await app.ClientForAsync(Roles.DepartmentHandler, town.JusticeOffice);

        var response = await handler.PostAsJsonAsync("/api/matters", town.Visit(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostWithKeyAsync(HttpClient client, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/matters") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
