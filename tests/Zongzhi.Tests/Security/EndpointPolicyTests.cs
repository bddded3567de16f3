using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Issue 9 suite 3: every endpoint names an authorization policy ([Authorize(Policy = ...)] / RequireAuthorization(policy))
/// or is anonymous deliberately, listed with its reason in anonymous-endpoints.csv. A bare [Authorize] or the fallback
/// policy alone does not count: the role decision must be visible at the endpoint.
/// </summary>
public sealed class EndpointPolicyTests
{
    public static string SecurityFile(string name) => Path.Combine(AppContext.BaseDirectory, "Security", name);

    public static IReadOnlyDictionary<string, string> AnonymousAllowlist() =>
        File.ReadAllLines(SecurityFile("anonymous-endpoints.csv")).Skip(1).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(',', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);

    [Fact]
    public async Task EveryEndpoint_NamesAPolicy_OrIsOnTheAnonymousAllowlist()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var endpoints = EndpointInfo.All(app);
        var allowlist = AnonymousAllowlist();

        var unnamed = endpoints.Where(e => !e.IsAnonymous && !e.Policies.Any(p => p is not "(none)" && !p.StartsWith("roles:", StringComparison.Ordinal)))
            .Select(e => e.Key).ToList();
        var anonymousNotListed = endpoints.Where(e => e.IsAnonymous && !allowlist.ContainsKey(e.Key)).Select(e => e.Key).ToList();
        var listedNotAnonymous = allowlist.Keys.Where(k => !endpoints.Any(e => e.Key == k && e.IsAnonymous)).ToList();

        Assert.True(endpoints.Count > 50, $"only {endpoints.Count} endpoints found");
        Assert.All(allowlist, entry => Assert.True(entry.Value.Length > 10, $"{entry.Key}: the allowlist needs a reason"));
        Assert.True(unnamed.Count == 0, "endpoints without an explicit policy: " + string.Join(", ", unnamed));
        Assert.True(anonymousNotListed.Count == 0, "anonymous endpoints missing from anonymous-endpoints.csv: " + string.Join(", ", anonymousNotListed));
        Assert.True(listedNotAnonymous.Count == 0, "allowlisted but not (or no longer) anonymous endpoints: " + string.Join(", ", listedNotAnonymous));
    }
}
