using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.BrowserTests.Supervision;

/// <summary>Arranges a journey through the JSON API on the browser host's real port, signed in as each user.</summary>
public sealed class ApiSetup(Uri baseAddress) : IDisposable
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<JsonElement> PostAsync(string userName, string url, object body, HttpStatusCode expected)
    {
        var response = await (await ClientAsync(userName)).PostAsJsonAsync(url, body, Ct);
        Assert.Equal(expected, response.StatusCode);
        return response.StatusCode == HttpStatusCode.NoContent ? default : await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>A visit received half an hour before <paramref name="now"/>, registered by <paramref name="clerk"/>.</summary>
    public async Task<long> RegisterAsync(string clerk, TownFixture town, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(town);
        var receivedAt = now.ToOffset(TimeSpan.FromHours(8)).AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        var created = await PostAsync(clerk, "/api/matters", town.Visit("邻里宅基地边界纠纷", receivedAt: receivedAt), HttpStatusCode.Created);
        return created.GetProperty("id").GetInt64();
    }

    private async Task<HttpClient> ClientAsync(string userName)
    {
        if (!_clients.TryGetValue(userName, out var client))
        {
            client = new HttpClient(new AntiforgeryHandler(new HttpClientHandler { CookieContainer = new CookieContainer() })) { BaseAddress = baseAddress };
            var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = ZongzhiAppFactory.TestPassword }, Ct);
            login.EnsureSuccessStatusCode();
            _clients[userName] = client;
        }

        return client;
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
