using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Issue 9 suite 3: the checked-in role × action matrix (authorization-matrix.csv) matches the code's policies and is
/// generated into requests for all 12 roles: a role the matrix allows is never refused for its role (401, a policy 403,
/// a redirect to the login or denied page); every other role is refused with 403 (a redirect to 拒绝访问 for pages).
/// Set ZONGZHI_WRITE_MATRIX=1 to rewrite the file from the code after a deliberate change, then review the diff.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MatrixFile_StatesEveryEndpointAsTheCodeDoes()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var code = await AuthorizationMatrix.FromCodeAsync(app);
        if (Environment.GetEnvironmentVariable("ZONGZHI_WRITE_MATRIX") == "1")
        {
            var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Security", AuthorizationMatrix.FileName));
            await File.WriteAllTextAsync(source, AuthorizationMatrix.Render(code), Token);
            await File.WriteAllTextAsync(EndpointPolicyTests.SecurityFile(AuthorizationMatrix.FileName), AuthorizationMatrix.Render(code), Token);
        }

        var file = AuthorizationMatrix.FromFile();

        var missing = code.Keys.Except(file.Keys).ToList();
        var stale = file.Keys.Except(code.Keys).ToList();
        var different = code.Keys.Intersect(file.Keys).Where(k => !code[k].SetEquals(file[k]))
            .Select(k => $"{k}: file [{string.Join(' ', file[k])}] code [{string.Join(' ', code[k])}]").ToList();
        Assert.True(missing.Count == 0, "endpoints missing from the matrix: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "matrix rows for endpoints that no longer exist: " + string.Join(", ", stale));
        Assert.True(different.Count == 0, "roles differ: " + string.Join("; ", different));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task EveryRole_OnEveryEndpoint_IsLetInOrRefusedAsTheMatrixSays(string provider)
    {
        await using var town = await AssignmentScenario.CreateAsync(provider, ZongzhiAppFactory.DefaultNow);
        var (matterId, sheetId) = await town.AssignedAsync();
        var matrix = AuthorizationMatrix.FromFile();
        var rows = matrix.Where(r => !r.Value.Contains(AuthorizationMatrix.Anyone))
            // Signing out last, so the role's other requests run signed in.
            .OrderBy(r => r.Key.Contains("Logout", StringComparison.OrdinalIgnoreCase) || r.Key.Contains("/logout", StringComparison.Ordinal))
            .ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var endpoints = EndpointInfo.All(town.App).ToDictionary(e => e.Key, StringComparer.Ordinal);
        var tried = 0;

        // One signed-in client per role, the roles side by side (each role's requests in order).
        var perRole = await Task.WhenAll(Roles.All.Select(async role =>
        {
            var failures = new List<string>();
            var scope = role switch
            {
                Roles.DepartmentHandler or Roles.DepartmentHead => (Department: (long?)town.Town.JusticeOffice, Village: (long?)null),
                Roles.VillageReporter => (null, town.Town.EastVillage),
                _ => (null, null),
            };
            using var client = await town.App.ClientForAsync(role, scope.Department, scope.Village);
            foreach (var (key, allowed) in rows)
            {
                using var request = RequestFor(endpoints[key], matterId, sheetId);
                using var response = await client.SendAsync(request, Token);
                var body = await response.Content.ReadAsStringAsync(Token);
                var refused = IsRefusedForRole(response, body);
                Interlocked.Increment(ref tried);
                if (allowed.Contains(role) && refused)
                {
                    failures.Add($"{role} refused on {key} ({(int)response.StatusCode} {response.Headers.Location})");
                }
                else if (!allowed.Contains(role) && !refused)
                {
                    failures.Add($"{role} let in on {key} ({(int)response.StatusCode})");
                }
            }

            return failures;
        }));
        var failures = perRole.SelectMany(f => f).ToList();

        Assert.True(failures.Count == 0, $"{failures.Count} of {tried} requests disagree with the matrix:\n" + string.Join("\n", failures));
        Assert.True(tried >= Roles.All.Count * 80, $"only {tried} requests");
    }

    /// <summary>Refused by the role policy: 401, a 403 from authorization (no problem detail of a use case), or a page redirected to sign in / 拒绝访问.</summary>
    internal static bool IsRefusedForRole(HttpResponseMessage response, string body) =>
        response.StatusCode == HttpStatusCode.Unauthorized
        || (response.StatusCode == HttpStatusCode.Forbidden && !body.Contains("\"detail\"", StringComparison.Ordinal))
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } location
            && (location.Contains("/Accounts/Denied", StringComparison.Ordinal) || location.Contains("/Accounts/Login", StringComparison.Ordinal)));

    internal static HttpRequestMessage RequestFor(EndpointInfo endpoint, long matterId, long otherId)
    {
        var url = RouteParameter().Replace(endpoint.Pattern, m => m.Groups[1].Value switch
        {
            "documentName" => "v1",
            "id" => matterId.ToString(CultureInfo.InvariantCulture),
            _ => otherId.ToString(CultureInfo.InvariantCulture),
        });
        var method = endpoint.Method;
        if (endpoint.IsPage)
        {
            return new HttpRequestMessage(HttpMethod.Get, url.EndsWith("/Index", StringComparison.Ordinal) ? url[..^"Index".Length] : url);
        }

        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\??\}")]
    private static partial Regex RouteParameter();
}
