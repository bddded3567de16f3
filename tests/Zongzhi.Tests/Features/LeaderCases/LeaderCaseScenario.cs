using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.LeaderCases;

/// <summary>
/// The town for leader-case API tests: a clerk, the center director, the top leader, the named case leader, another
/// leader, and handlers of two departments; <see cref="HandAsync"/> registers a matter and hands it to the leader.
/// </summary>
public sealed class LeaderCaseScenario : IAsyncDisposable
{
    private LeaderCaseScenario(ZongzhiAppFactory app, TownFixture town)
    {
        App = app;
        Town = town;
    }

    public ZongzhiAppFactory App { get; }

    public TownFixture Town { get; }

    /// <summary>The clock the app runs on.</summary>
    public FakeTimeProvider Clock { get; private init; } = null!;

    public string LeaderId { get; private set; } = "";

    public HttpClient Clerk { get; private set; } = null!;

    public HttpClient Director { get; private set; } = null!;

    public HttpClient TopLeader { get; private set; } = null!;

    public HttpClient Leader { get; private set; } = null!;

    public HttpClient OtherLeader { get; private set; } = null!;

    public HttpClient JusticeHandler { get; private set; } = null!;

    public HttpClient PoliceHandler { get; private set; } = null!;

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The town at <paramref name="now"/> (default: the factory's clock).</summary>
    public static async Task<LeaderCaseScenario> CreateAsync(string provider, DateTimeOffset? now = null)
    {
        // The factory's clock cannot go back in time: an earlier start gets its own fake clock.
        var clock = now is { } at ? new FakeTimeProvider(at) : null;
        var app = await ZongzhiAppFactory.CreateAsync(provider, clock is null ? null : services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
        var scenario = new LeaderCaseScenario(app, await TownFixture.CreateAsync(app)) { Clock = clock ?? app.Clock };
        scenario.Clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        scenario.Director = await app.ClientForAsync(Roles.CenterDirector, userName: "director");
        scenario.TopLeader = await app.ClientForAsync(Roles.TopLeader, userName: "top-leader");
        scenario.LeaderId = (await app.CreateUserAsync("leader-wang", Roles.CaseLeader)).Id;
        scenario.Leader = await app.LoginAsync("leader-wang");
        scenario.OtherLeader = await app.ClientForAsync(Roles.CaseLeader);
        scenario.JusticeHandler = await app.ClientForAsync(Roles.DepartmentHandler, scenario.Town.JusticeOffice, userName: "handler-justice");
        scenario.PoliceHandler = await app.ClientForAsync(Roles.DepartmentHandler, scenario.Town.PoliceStation, userName: "handler-police");
        return scenario;
    }

    /// <summary>A client for a town leader who is both a case leader and the top leader (sees every matter).</summary>
    public async Task<HttpClient> TownLeaderAsync()
    {
        var user = await App.CreateUserAsync("leader-town", Roles.CaseLeader);
        await using (var scope = App.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ZongzhiUser>>();
            await users.AddToRoleAsync((await users.FindByIdAsync(user.Id))!, Roles.TopLeader);
        }

        return await App.LoginAsync("leader-town");
    }

    /// <summary>Registers a visit (received half an hour ago) and hands it to the named leader; returns the ids.</summary>
    public async Task<(long MatterId, long CaseId)> HandAsync()
    {
        var receivedAt = Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddMinutes(-30);
        var registered = await Clerk.PostAsJsonAsync("/api/matters", new
        {
            channel = "Visit",
            receivedAt = receivedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            villageId = Town.EastVillage,
            category = "neighbour",
            summary = "邻里宅基地边界纠纷",
            description = "来访人反映与邻居因宅基地边界发生争执，请求调解。",
            parties = new object[] { new { role = "Complainant", name = "张三", phone = "13812345678" }, new { role = "Respondent", name = "李四" } },
        }, Token);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var matterId = (await Json(registered)).GetProperty("id").GetInt64();
        var handed = await Director.PostAsJsonAsync($"/api/matters/{matterId}/hand-to-leader", new { caseLeaderUserId = LeaderId }, Token);
        Assert.Equal(HttpStatusCode.NoContent, handed.StatusCode);
        var caseId = await App.WithDbAsync(db => db.LeaderCases.Where(c => c.MatterId == matterId).Select(c => c.Id).SingleAsync(Token));
        return (matterId, caseId);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object? body = null) =>
        client.PostAsJsonAsync(url, body ?? new { }, Token);

    public async Task<JsonElement> CaseAsync(long caseId) =>
        await Leader.GetFromJsonAsync<JsonElement>($"/api/leader-cases/{caseId}", Token);

    public static async Task<JsonElement> Json(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Token);

    /// <summary>The Chinese messages of a 400 for <paramref name="field"/>.</summary>
    public static async Task<string> ErrorOf(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return string.Join("；", (await Json(response)).GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));
    }

    public Task<List<string>> NotificationTitlesAsync(string userName) =>
        App.WithDbAsync(db => (from n in db.Notifications
                               join u in db.Users on n.UserId equals u.Id
                               where u.UserName == userName
                               select n.Title).ToListAsync(Token));

    public async ValueTask DisposeAsync()
    {
        foreach (var client in new[] { Clerk, Director, TopLeader, Leader, OtherLeader, JusticeHandler, PoliceHandler })
        {
            client?.Dispose();
        }

        await App.DisposeAsync();
    }
}
