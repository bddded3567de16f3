using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Issue 9 suite 5: the security headers on every kind of response (pages, API, static files, errors, refusals), HSTS
/// for a year on HTTPS, and no inline script or style anywhere (the policy allows the app's own files only).
/// </summary>
public sealed partial class SecurityHeadersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly HttpStatusCode[] NotFoundOrLogin = [HttpStatusCode.NotFound, HttpStatusCode.Found];

    [Fact]
    public async Task EveryKindOfResponse_CarriesTheSecurityHeaders()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var raw = app.CreateClientWithoutAntiforgery();
        await app.CreateUserAsync("clerk1", Roles.ReceptionClerk);
        await raw.PostAsync("/api/auth/login", Json("{\"userName\":\"clerk1\",\"password\":\"" + ZongzhiAppFactory.TestPassword + "\"}"), Ct);

        var responses = new (string What, HttpResponseMessage Response)[]
        {
            ("page", await anonymous.GetAsync("/", Ct)),
            ("login page", await anonymous.GetAsync("/Accounts/Login", Ct)),
            ("signed-in page", await director.GetAsync("/Matters/Search", Ct)),
            ("redirect to login", await anonymous.GetAsync("/Matters/Search", Ct)),
            ("static file", await anonymous.GetAsync("/css/site.css", Ct)),
            ("API", await anonymous.GetAsync("/health", Ct)),
            ("API 401", await anonymous.GetAsync("/api/auth/me", Ct)),
            ("API 404", await director.GetAsync("/api/matters/987654", Ct)),
            ("page 404", await anonymous.GetAsync("/no/such/page", Ct)),
            ("bad JSON", await anonymous.PostAsync("/api/auth/login", Json("{\"userName\":"), Ct)),
            ("antiforgery refusal", await raw.PostAsync("/api/matters", Json("{}"), Ct)),
            ("too large", await anonymous.PostAsync("/api/auth/login", Json(new string(' ', 2 * 1024 * 1024)), Ct)),
        };

        Assert.All(responses, r =>
        {
            var headers = r.Response.Headers;
            Assert.True(headers.TryGetValues("Content-Security-Policy", out var csp), r.What + ": no CSP");
            var policy = csp!.Single();
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("same-origin", headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", headers.GetValues("X-Frame-Options").Single());
            // Plain HTTP: no HSTS (it would be ignored, and must not pin a test host).
            Assert.False(headers.Contains("Strict-Transport-Security"), r.What);
        });
        // An unknown path is sent to the login page first (the fallback policy), then answered 404.
        Assert.Contains(responses.Single(r => r.What == "page 404").Response.StatusCode, NotFoundOrLogin);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, responses.Single(r => r.What == "too large").Response.StatusCode);
    }

    [Fact]
    public async Task Https_SendsHstsForOneYear()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var page = await client.GetAsync("/Accounts/Login", Ct);
        var api = await client.GetAsync("/api/auth/me", Ct);
        var file = await client.GetAsync("/css/site.css", Ct);

        Assert.All(new[] { page, api, file }, r => Assert.Equal("max-age=31536000; includeSubDomains", r.Headers.GetValues("Strict-Transport-Security").Single()));
    }

    [Fact]
    public void Views_HaveNoInlineScriptStyleOrEventHandlers()
    {
        var root = RepositoryRoot();
        var views = Directory.EnumerateFiles(Path.Combine(root, "src", "Zongzhi", "Features"), "*.cshtml", SearchOption.AllDirectories).ToList();

        var found = views.SelectMany(file => Inline(File.ReadAllText(file)).Select(m => Path.GetRelativePath(root, file) + ": " + m)).ToList();

        Assert.True(views.Count > 30, $"only {views.Count} views found");
        Assert.True(found.Count == 0, "inline script/style (blocked by the content security policy):\n" + string.Join("\n", found));
    }

    [Fact]
    public async Task RenderedPages_HaveNoInlineScriptOrStyle()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        var created = await clerk.PostAsync("/api/matters", Json(System.Text.Json.JsonSerializer.Serialize(town.Visit())), Ct);
        created.EnsureSuccessStatusCode();
        var id = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetInt64();
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        var pages = EndpointInfo.All(app).Where(e => e.IsPage && !e.Pattern.Contains('{', StringComparison.Ordinal)).Select(e => e.Pattern)
            .Concat([$"/Matters/Details/{id}", $"/Matters/Receipt/{id}", $"/Supervision/Matter/{id}"]).ToList();

        var found = new List<string>();
        var rendered = 0;
        foreach (var page in pages)
        {
            foreach (var client in new[] { clerk, director })
            {
                var response = await client.GetAsync(page, Ct);
                if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    rendered++;
                    found.AddRange(Inline(await response.Content.ReadAsStringAsync(Ct)).Select(m => page + ": " + m));
                }
            }
        }

        Assert.True(rendered > 15, $"only {rendered} pages rendered");
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static IEnumerable<string> Inline(string html) =>
        InlineScript().Matches(html).Concat(StyleElement().Matches(html)).Concat(StyleAttribute().Matches(html))
            .Concat(EventHandler().Matches(html)).Concat(JavascriptUrl().Matches(html)).Select(m => m.Value);

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Zongzhi.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Zongzhi.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<style[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElement();

    [GeneratedRegex(@"\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<[^>]*\son[a-z]+\s*=[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex JavascriptUrl();
}
