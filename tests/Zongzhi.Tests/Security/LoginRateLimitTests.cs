using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform.Web;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Issue 9 suites 4 and 5: signing in is rate limited per client address (429 with a Chinese message and Retry-After,
/// API and page alike, right password included), while another address is still served.
/// </summary>
public sealed class LoginRateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_OverTheLimitFromOneAddress_Gets429_OtherAddressesDoNot()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite,
            services => services.PostConfigure<LoginRateLimit.Options>(o => o.PermitsPerMinute = 5));
        await app.CreateUserAsync("clerk1", Roles.ReceptionClerk);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var attempts = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            attempts.Add((await client.PostAsJsonAsync("/api/auth/login", new { userName = "nobody" + i, password = "Wrong-Passw0rd" }, Ct)).StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/auth/login", new { userName = "clerk1", password = ZongzhiAppFactory.TestPassword }, Ct);
        var page = await client.PostAsync("/Accounts/Login", new FormUrlEncodedContent([new("Input.UserName", "clerk1"), new("Input.Password", "x")]), Ct);
        using var otherAddress = new HttpClient(app.Server.CreateHandler(c => c.Connection.RemoteIpAddress = IPAddress.Parse("10.20.30.40")))
        {
            BaseAddress = app.Server.BaseAddress,
        };
        var elsewhere = await otherAddress.PostAsJsonAsync("/api/auth/login", new { userName = "clerk1", password = ZongzhiAppFactory.TestPassword }, Ct);
        var stillOpen = await client.GetAsync("/api/auth/antiforgery", Ct);

        Assert.All(attempts, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains(LoginRateLimit.Message, await limited.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("60", limited.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains(LoginRateLimit.Message, await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillOpen.StatusCode);
    }

    [Fact]
    public async Task LoginPage_UnknownUserAndWrongPassword_ShowTheSameMessage()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("clerk1", Roles.ReceptionClerk);

        var unknown = await PageLoginAsync(app, "nobody", "Wrong-Passw0rd");
        var wrong = await PageLoginAsync(app, "clerk1", "Wrong-Passw0rd");

        Assert.Contains(PasswordLogin.GenericFailure, unknown, StringComparison.Ordinal);
        Assert.Equal(ErrorsOf(unknown), ErrorsOf(wrong));
    }

    private static async Task<string> PageLoginAsync(ZongzhiAppFactory app, string userName, string password)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var html = await client.GetStringAsync("/Accounts/Login", Ct);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/Accounts/Login", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.UserName", userName), new("Input.Password", password)]), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static string ErrorsOf(string html) =>
        string.Join("|", System.Text.RegularExpressions.Regex.Matches(html, "validation-summary[^>]*>(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value));
}
