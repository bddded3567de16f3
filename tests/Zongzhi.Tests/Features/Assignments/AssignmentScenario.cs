using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Assignments;

/// <summary>
/// The town for assignment and supervision API tests: a clerk, the director, the party/government office, the
/// handler and head of the justice office, a handler and head of the police station, and a handler of the outside
/// unit. Clients sign in on first use and again after <see cref="MoveTo"/> (a session does not survive days).
/// </summary>
public sealed class AssignmentScenario : IAsyncDisposable
{
    public const string Clerk = "clerk";
    public const string Director = "director";
    public const string Office = "office";
    public const string JusticeHandler = "handler-justice";
    public const string JusticeHead = "head-justice";
    public const string PoliceHandler = "handler-police";
    public const string PoliceHead = "head-police";
    public const string OutsideHandler = "handler-outside";

    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly Dictionary<string, string> _ids = [];

    private AssignmentScenario(ZongzhiAppFactory app, TownFixture town)
    {
        App = app;
        Town = town;
    }

    public ZongzhiAppFactory App { get; }

    public TownFixture Town { get; }

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The National Day anchor: 2025-09-30 10:00 in the town (7 working days from it end on 2025-10-16).</summary>
    public static readonly DateTimeOffset EveOfNationalDay = new(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8));

    public static async Task<AssignmentScenario> CreateAsync(string provider, DateTimeOffset? now = null, Action<IServiceCollection>? services = null)
    {
        var app = await ZongzhiAppFactory.CreateAsync(provider, services, now: now ?? EveOfNationalDay);
        var town = await TownFixture.CreateAsync(app);
        var scenario = new AssignmentScenario(app, town);
        foreach (var (name, role, department) in new (string, string, long?)[]
        {
            (Clerk, Roles.ReceptionClerk, null), (Director, Roles.CenterDirector, null), (Office, Roles.PartyGovernmentOffice, null),
            (JusticeHandler, Roles.DepartmentHandler, town.JusticeOffice), (JusticeHead, Roles.DepartmentHead, town.JusticeOffice),
            (PoliceHandler, Roles.DepartmentHandler, town.PoliceStation), (PoliceHead, Roles.DepartmentHead, town.PoliceStation),
            (OutsideHandler, Roles.DepartmentHandler, town.OutsideUnit),
        })
        {
            scenario._ids[name] = (await app.CreateUserAsync(name, role, department)).Id;
        }

        return scenario;
    }

    public string IdOf(string userName) => _ids[userName];

    public async Task<HttpClient> As(string userName)
    {
        if (!_clients.TryGetValue(userName, out var client))
        {
            _clients[userName] = client = await App.LoginAsync(userName);
        }

        return client;
    }

    /// <summary>Moves the clock forward; clients sign in again on next use.</summary>
    public void MoveTo(DateTimeOffset now)
    {
        App.Clock.SetUtcNow(now);
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _clients.Clear();
    }

    public async Task<HttpResponseMessage> PostAsync(string userName, string url, object? body = null) =>
        await (await As(userName)).PostAsJsonAsync(url, body ?? new { }, Token);

    public async Task<HttpResponseMessage> PutAsync(string userName, string url, object body) =>
        await (await As(userName)).PutAsJsonAsync(url, body, Token);

    public async Task<HttpResponseMessage> GetAsync(string userName, string url) => await (await As(userName)).GetAsync(url, Token);

    /// <summary>Registers a visit received half an hour ago, with an optional respondent department; returns its id.</summary>
    public async Task<long> RegisterAsync(long? respondentDepartmentId = null)
    {
        var receivedAt = App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddMinutes(-30);
        var registered = await PostAsync(Clerk, "/api/matters", new
        {
            channel = "Visit",
            receivedAt = receivedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            villageId = Town.EastVillage,
            category = "neighbour",
            summary = "邻里宅基地边界纠纷",
            description = "来访人反映与邻居因宅基地边界发生争执，请求调解。",
            parties = new object[]
            {
                new { role = "Complainant", name = "张三", phone = "13812345678" },
                new { role = "Respondent", name = "李四", departmentId = respondentDepartmentId },
            },
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return (await Json(registered)).GetProperty("id").GetInt64();
    }

    /// <summary>Registers and accepts a general matter (7 working days), supervised by the center.</summary>
    public async Task<long> AcceptedAsync(long? respondentDepartmentId = null)
    {
        var matterId = await RegisterAsync(respondentDepartmentId);
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(Director, $"/api/matters/{matterId}/accept", new { complexity = "General" })).StatusCode);
        return matterId;
    }

    /// <summary>Registers, accepts and assigns a matter to the justice office; returns the matter and sheet ids.</summary>
    public async Task<(long MatterId, long SheetId)> AssignedAsync(long[]? coHandling = null)
    {
        var matterId = await AcceptedAsync();
        var assigned = await PostAsync(Director, $"/api/matters/{matterId}/assign",
            new { handlingDepartmentId = Town.JusticeOffice, coHandlingDepartmentIds = coHandling ?? [], requirements = "请依法调处，七个工作日内答复当事人。" });
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        return (matterId, (await Json(assigned)).GetProperty("id").GetInt64());
    }

    /// <summary>As <see cref="AssignedAsync"/>, then signed for by the justice handler.</summary>
    public async Task<(long MatterId, long SheetId)> ReceivedAsync()
    {
        var (matterId, sheetId) = await AssignedAsync();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/receive")).StatusCode);
        return (matterId, sheetId);
    }

    public async Task<JsonElement> SheetAsync(long sheetId, string userName = Director) =>
        await (await As(userName)).GetFromJsonAsync<JsonElement>($"/api/assignments/{sheetId}", Token);

    public static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        // Buffered, so a test may read one answer more than once.
        await response.Content.LoadIntoBufferAsync(Token);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a problem with <paramref name="status"/> and returns its Chinese detail.</summary>
    public static async Task<string> ProblemOf(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return (await Json(response)).GetProperty("detail").GetString() ?? "";
    }

    /// <summary>The Chinese messages of a 400 for <paramref name="field"/>.</summary>
    public static async Task<string> ErrorOf(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return string.Join("；", (await Json(response)).GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));
    }

    public Task<List<string>> NotificationTitlesAsync(string userName) =>
        App.WithDbAsync(db => (from n in db.Notifications join u in db.Users on n.UserId equals u.Id
                               where u.UserName == userName orderby n.Id select n.Title).ToListAsync(Token));

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
    }
}
