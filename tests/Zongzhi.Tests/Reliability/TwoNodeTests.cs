using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Transforms;
using Zongzhi.Data;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Admin;
using Zongzhi.Features.Reliability;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Reliability;

/// <summary>
/// Issue 9 suite 2 and issue 8 "several app nodes": two app processes (the built <c>zongzhi serve</c>) on one
/// PostgreSQL database behind a round-robin reverse proxy (YARP, in this test process, 127.0.0.1 only). Intake across
/// both nodes gives unique numbers; the deadline monitor running on both announces each fact once; a cookie from node A
/// works on node B and a session goes on through the proxy when node A is killed; stale saves are refused with 409
/// across nodes; 20 parallel attempts at one transition across both nodes give one success and 409s.
/// </summary>
public sealed class TwoNodeTests
{
    private const string Password = "TwoNodes#2026-Zongzhi";
    private const string NodeHeader = "X-Zongzhi-Node";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoNodesOnOnePostgres_BehindRoundRobinProxy_BehaveAsOne()
    {
        TestEnvironment.RequirePostgres();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var keyFile = Path.Combine(Path.GetTempPath(), "zongzhi-tests", "keys", Guid.NewGuid().ToString("N") + ".key");
        var settings = new Dictionary<string, string>
        {
            ["Zongzhi:Database"] = DatabaseProvider.Postgres,
            ["ConnectionStrings:Zongzhi"] = database.ConnectionString,
            // Both nodes share the personal-data key (as an installation's nodes share its key file) and the database.
            ["Zongzhi:Privacy:KeyFile"] = keyFile,
            ["Zongzhi:Demo"] = "false",
            ["Zongzhi:DeadlineMonitor:IntervalSeconds"] = "10",
            ["Zongzhi:Email:Background"] = "false",
        };
        if (Environment.GetEnvironmentVariable("ZONGZHI_TEST_ENSURE_CREATED") == "1")
        {
            settings[DatabaseInitializer.SchemaSetting] = "EnsureCreated";
        }

        using var host = global::Zongzhi.Cli.CliHost.Build([.. settings.Select(s => $"--{s.Key}={s.Value}")]);
        var town = await PrepareTownAsync(host.Services);

        var timeout = TimeSpan.FromMinutes(3);
        await using var nodeA = await AppProcess.StartAsync(AppProcess.FreePort(), settings, timeout, Token);
        await using var nodeB = await AppProcess.StartAsync(AppProcess.FreePort(), settings, timeout, Token);
        await using var proxy = await StartProxyAsync(nodeA.Address, nodeB.Address);
        var proxyAddress = new Uri(proxy.Urls.First());

        using var clerk = await SignedInAsync(proxyAddress, "node.clerk");
        using var director = await SignedInAsync(proxyAddress, "node.director");
        using var handler = await SignedInAsync(proxyAddress, "node.handler");

        // 1. Intake across both nodes in parallel: every number unique, both nodes served.
        var intake = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            using var response = await clerk.PostAsJsonAsync("/api/matters", Registration(town, $"两节点登记 {i}"), Token);
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Token)}");
            var json = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
            return (Node: response.Headers.GetValues(NodeHeader).Single(), Id: json.GetProperty("id").GetInt64(), Number: json.GetProperty("number").GetString()!);
        }));
        Assert.Equal(["A", "B"], intake.Select(r => r.Node).Distinct().Order());
        Assert.Equal(40, intake.Select(r => r.Number).Distinct().Count());
        Assert.Equal(40, await WithDbAsync(host, db => db.Matters.Select(m => m.Number).Distinct().CountAsync(Token)));

        // 2. A cookie obtained through node A works on node B (Data Protection keys in the database).
        using (var direct = Client(nodeA.Address))
        {
            using var login = await direct.PostAsJsonAsync(new Uri(nodeA.Address, "/api/auth/login"), new { userName = "node.director", password = Password }, Token);
            Assert.True(login.IsSuccessStatusCode, $"login on node A: {(int)login.StatusCode}");
            using var onB = await direct.GetAsync(new Uri(nodeB.Address, "/api/auth/me"), Token);
            Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
            Assert.Equal("node.director", (await onB.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("userName").GetString());
        }

        // 3. A stale save is refused across nodes: the version read on A, a change on B, then A's save with the old version.
        var staleId = intake[0].Id;
        var version = await VersionAsync(director, nodeA.Address, staleId);
        using (var accepted = await director.PostAsJsonAsync(new Uri(nodeB.Address, $"/api/matters/{staleId}/accept"), new { complexity = "General", version }, Token))
        {
            Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        }

        using (var stale = await director.PostAsJsonAsync(new Uri(nodeA.Address, $"/api/matters/{staleId}/decline"), new { reason = "不属于受理范围", version }, Token))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        }

        // 4. Twenty parallel attempts at one transition through the proxy (both nodes): one success, nineteen 409.
        var acceptId = intake[1].Id;
        var acceptVersion = await VersionAsync(director, proxyAddress, acceptId);
        var accepts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            director.PostAsJsonAsync($"/api/matters/{acceptId}/accept", new { complexity = "General", version = acceptVersion }, Token)));
        AssertOneSuccess(accepts, HttpStatusCode.NoContent);

        using var assigned = await director.PostAsJsonAsync($"/api/matters/{acceptId}/assign",
            new { handlingDepartmentId = town.DepartmentId, coHandlingDepartmentIds = Array.Empty<long>(), requirements = "请依法调处。" }, Token);
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var sheetId = (await assigned.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("id").GetInt64();
        var receipts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            handler.PostAsJsonAsync($"/api/assignments/{sheetId}/receive", new { }, Token)));
        AssertOneSuccess(receipts, HttpStatusCode.OK);
        Assert.Equal(1, await WithDbAsync(host, db => db.AuditEntries.CountAsync(a => a.Action == "assignment.receive", Token)));
        Assert.Equal(1, await WithDbAsync(host, db => db.AuditEntries.CountAsync(a => a.Action == "matter.accept" && a.EntityId == acceptId.ToString(System.Globalization.CultureInfo.InvariantCulture), Token)));

        // 5. The deadline monitor runs on both nodes (every 10 s): each overdue deadline announced once, one notification per recipient.
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var open = await WithDbAsync(host, db => db.Deadlines.Where(d => d.MetOn == null).ExecuteUpdateAsync(s => s.SetProperty(d => d.DueOn, today.AddDays(-5)), Token));
        Assert.True(open > 0, "an open deadline to announce");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await WithDbAsync(host, db => db.DeadlineAlerts.CountAsync(Token)) < open && waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(1000, Token);
        }

        // A few more passes on both nodes must add nothing.
        await Task.Delay(TimeSpan.FromSeconds(22), Token);
        var alerts = await WithDbAsync(host, db => db.DeadlineAlerts.ToListAsync(Token));
        Assert.Equal(open, alerts.Count);
        Assert.Equal(open, alerts.Select(a => (a.DeadlineId, a.Kind, a.DueOn)).Distinct().Count());
        var notifications = await WithDbAsync(host, db => db.Notifications.Where(n => n.DedupKey.StartsWith("deadline:")).Select(n => new { n.UserId, n.DedupKey }).ToListAsync(Token));
        Assert.Equal(notifications.Count, notifications.Distinct().Count());
        Assert.Equal(alerts.Sum(a => a.Recipients), notifications.Count);
        Assert.True(notifications.Count > 0, "the monitor notified someone");

        // 6. Node A dies (SIGKILL); the session goes on through the proxy on node B without signing in again.
        await nodeA.KillAsync();
        var served = new List<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (served.Count < 4 && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var me = await clerk.GetAsync("/api/auth/me", Token);
            if (me.StatusCode == HttpStatusCode.OK)
            {
                served.Add(me.Headers.GetValues(NodeHeader).Single());
            }
            else
            {
                // Until the proxy's health check has marked node A down, a request routed there gets 502; never 401.
                Assert.NotEqual(HttpStatusCode.Unauthorized, me.StatusCode);
                served.Clear();
                await Task.Delay(500, Token);
            }
        }

        Assert.Equal(["B", "B", "B", "B"], served);
        using (var after = await clerk.PostAsJsonAsync("/api/matters", Registration(town, "节点 A 终止之后登记"), Token))
        {
            Assert.Equal(HttpStatusCode.Created, after.StatusCode);
            Assert.Equal("B", after.Headers.GetValues(NodeHeader).Single());
        }

        Assert.Equal(41, await WithDbAsync(host, db => db.Matters.Select(m => m.Number).Distinct().CountAsync(Token)));
    }

    private static void AssertOneSuccess(HttpResponseMessage[] responses, HttpStatusCode success)
    {
        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.True(statuses.Count(s => s == (int)success) == 1 && statuses.Count(s => s == 409) == 19, "statuses: " + string.Join(",", statuses));
        Assert.Equal(["A", "B"], responses.Select(r => r.Headers.GetValues(NodeHeader).Single()).Distinct().Order());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private static async Task<int> VersionAsync(HttpClient client, Uri node, long matterId)
    {
        var matter = await client.GetFromJsonAsync<JsonElement>(new Uri(node, $"/api/matters/{matterId}"), Token);
        return matter.GetProperty("version").GetInt32();
    }

    private sealed record Town(long DepartmentId, long VillageId, string Category);

    private static object Registration(Town town, string summary) => new
    {
        channel = "Visit",
        receivedAt = "2026-01-05T09:00:00+08:00",
        parties = new object[] { new { role = "Complainant", name = "艾力·买买提", phone = "13912345678" } },
        villageId = town.VillageId,
        category = town.Category,
        summary,
        description = "当事人反映宅基地界址争议，请求调解。",
    };

    private static async Task<Town> PrepareTownAsync(IServiceProvider services)
    {
        await WebApp.InitializeAsync(services, Token);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditTrail>().ActAs(Actor.Cli);
        var db = scope.ServiceProvider.GetRequiredService<ZongzhiDb>();
        var department = new Department { Name = "司法所", SortOrder = 1 };
        var village = new Village { Name = "第一村", SortOrder = 1 };
        db.Departments.Add(department);
        db.Villages.Add(village);
        await db.SaveChangesAsync(Token);
        var create = scope.ServiceProvider.GetRequiredService<CreateUser>();
        foreach (var (name, role, departmentId) in new (string, string, long?)[]
                 {
                     ("node.clerk", Roles.ReceptionClerk, null), ("node.director", Roles.CenterDirector, null), ("node.handler", Roles.DepartmentHandler, department.Id),
                 })
        {
            var created = await create.RunAsync(new CreateUser.Request(name, name, [role], departmentId, null, Password, MustChangePassword: false), Token);
            Assert.True(created.IsSuccess, created.Error?.Message);
        }

        return new Town(department.Id, village.Id, await db.DisputeCategories.OrderBy(c => c.SortOrder).Select(c => c.Code).FirstAsync(Token));
    }

    private static async Task<T> WithDbAsync<T>(IHost host, Func<ZongzhiDb, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ZongzhiDb>());
    }

    private static HttpClient Client(Uri address) =>
        new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 32 })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(90),
        };

    private static async Task<HttpClient> SignedInAsync(Uri proxy, string userName)
    {
        var client = Client(proxy);
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = Password }, Token);
        Assert.True(login.IsSuccessStatusCode, $"login of {userName}: {(int)login.StatusCode}");
        // Antiforgery for cookie-authenticated API posts, where the app asks for it.
        using var antiforgery = await client.GetAsync("/api/auth/antiforgery", Token);
        if (antiforgery.IsSuccessStatusCode)
        {
            var json = await antiforgery.Content.ReadFromJsonAsync<JsonElement>(Token);
            var token = json.ValueKind == JsonValueKind.String ? json.GetString()
                : json.TryGetProperty("token", out var t) ? t.GetString()
                : json.TryGetProperty("requestToken", out var r) ? r.GetString() : null;
            var header = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("headerName", out var h) ? h.GetString()! : "X-CSRF-TOKEN";
            if (token is not null)
            {
                client.DefaultRequestHeaders.Add(header, token);
            }
        }

        return client;
    }

    /// <summary>A round-robin reverse proxy over the two nodes, with active health checks (1 s) and the chosen node in a response header.</summary>
    private static async Task<WebApplication> StartProxyAsync(Uri a, Uri b)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{AppProcess.FreePort()}");
        builder.Services.AddReverseProxy()
            .LoadFromMemory(
                [new RouteConfig { RouteId = "all", ClusterId = "nodes", Match = new RouteMatch { Path = "{**rest}" } }],
                [
                    new ClusterConfig
                    {
                        ClusterId = "nodes",
                        LoadBalancingPolicy = "RoundRobin",
                        HealthCheck = new HealthCheckConfig
                        {
                            Active = new ActiveHealthCheckConfig { Enabled = true, Interval = TimeSpan.FromSeconds(1), Timeout = TimeSpan.FromSeconds(3), Policy = "ConsecutiveFailures", Path = "/health" },
                        },
                        Destinations = new Dictionary<string, DestinationConfig>
                        {
                            ["A"] = new() { Address = a.ToString() },
                            ["B"] = new() { Address = b.ToString() },
                        },
                    },
                ])
            .AddTransforms(context => context.AddResponseTransform(transform =>
            {
                if (transform.HttpContext.Features.Get<Yarp.ReverseProxy.Model.IReverseProxyFeature>()?.ProxiedDestination is { } destination)
                {
                    transform.HttpContext.Response.Headers[NodeHeader] = destination.DestinationId;
                }

                return ValueTask.CompletedTask;
            }));
        var app = builder.Build();
        app.MapReverseProxy();
        await app.StartAsync(Token);
        return app;
    }
}
