using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Issue 9 suite 5: every unsafe API endpoint (POST, PUT, PATCH, DELETE under /api, from the router's own list) refuses a
/// signed-in request with a missing, wrong or foreign antiforgery token with 400 "安全校验失败", and nothing changes.
/// </summary>
public sealed partial class AntiforgeryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task EveryUnsafeApiEndpoint_WithoutAValidToken_IsRefusedAndChangesNothing(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        await app.CreateUserAsync("director1", Roles.CenterDirector);
        using var raw = app.CreateClientWithoutAntiforgery();
        (await raw.PostAsJsonAsync("/api/auth/login", new { userName = "director1", password = ZongzhiAppFactory.TestPassword }, Ct)).EnsureSuccessStatusCode();
        // A valid token of another session (another user's): it must not be accepted for this one.
        using var other = await app.ClientForAsync(Roles.CenterDirector);
        var foreign = (await other.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery", Ct)).GetProperty("token").GetString()!;
        var unsafeEndpoints = EndpointInfo.All(app)
            .Where(e => !e.IsPage && !e.IsAnonymous && e.Pattern.StartsWith("/api/", StringComparison.Ordinal) && e.Method is "POST" or "PUT" or "PATCH" or "DELETE")
            .ToList();
        var before = await RowCounts.TakeAsync(app);

        var wrong = new List<string>();
        var tried = 0;
        foreach (var endpoint in unsafeEndpoints)
        {
            foreach (var token in new[] { null, "bogus-token", foreign })
            {
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), Concrete(endpoint.Pattern))
                {
                    Content = new StringContent("{}", Encoding.UTF8, "application/json"),
                };
                if (token is not null)
                {
                    request.Headers.Add(AntiforgeryHandler.HeaderName, token);
                }

                using var response = await raw.SendAsync(request, Ct);
                tried++;
                var body = await response.Content.ReadAsStringAsync(Ct);
                if (response.StatusCode != HttpStatusCode.BadRequest || !body.Contains("安全校验失败", StringComparison.Ordinal))
                {
                    wrong.Add($"{endpoint.Key} token={token ?? "(none)"}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 120)]}");
                }
            }
        }

        var after = await RowCounts.TakeAsync(app);
        TestContext.Current.TestOutputHelper?.WriteLine($"antiforgery ({provider}): {tried} requests over {unsafeEndpoints.Count} unsafe endpoints, {wrong.Count} not refused");
        Assert.True(unsafeEndpoints.Count > 40, $"only {unsafeEndpoints.Count} unsafe endpoints found");
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {tried} requests not refused:\n" + string.Join("\n", wrong));
        Assert.Empty(RowCounts.Changes(before, after));
        // The same client with its session's token is let through (here to the validation of an empty password change).
        var own = (await raw.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery", Ct)).GetProperty("token").GetString()!;
        using var valid = new HttpRequestMessage(HttpMethod.Post, "/api/auth/password") { Content = JsonContent.Create(new { }) };
        valid.Headers.Add(AntiforgeryHandler.HeaderName, own);
        var accepted = await raw.SendAsync(valid, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, accepted.StatusCode);
        Assert.DoesNotContain("安全校验失败", await accepted.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousEndpoints_AndSignedOutRequests_NeedNoToken()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("clerk1", Roles.ReceptionClerk);
        using var raw = app.CreateClientWithoutAntiforgery();

        // Signed out: no cookie, nothing to forge; the login itself and the public self-service need no token.
        var signedOut = await raw.PostAsJsonAsync("/api/matters", new { }, Ct);
        var login = await raw.PostAsJsonAsync("/api/auth/login", new { userName = "clerk1", password = ZongzhiAppFactory.TestPassword }, Ct);
        var lookup = await raw.PostAsJsonAsync("/api/self-service/lookup", new { number = "ZZ-2026-000001", code = "00000000" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        Assert.DoesNotContain("安全校验失败", await lookup.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static string Concrete(string pattern) => RouteParameter().Replace(pattern, "1");

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
