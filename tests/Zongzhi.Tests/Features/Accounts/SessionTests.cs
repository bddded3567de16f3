using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Accounts;

public sealed class SessionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Logout_CopiedCookie_NoLongerWorks()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("director1", Roles.CenterDirector);
        // The browser signs in (and sends its antiforgery token with the logout); the copy replays its cookie.
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false });
        var cookie = await LoginCookieAsync(browser, "director1");
        using var copy = CookieClient(app, cookie);
        var before = await copy.GetAsync("/api/auth/me", Ct);

        var logout = await browser.PostAsync("/api/auth/logout", null, Ct);
        var after = await copy.GetAsync("/api/auth/me", Ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task DisabledUser_SignedIn_IsRefusedOnTheNextRequest()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = await app.ClientForAsync(Roles.DepartmentHandler, userName: "handler1");
        var before = await client.GetAsync("/api/auth/me", Ct);
        await using (var scope = app.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ZongzhiUser>>();
            var user = (await users.FindByNameAsync("handler1"))!;
            user.IsDisabled = true;
            await users.UpdateAsync(user);
        }

        var after = await client.GetAsync("/api/auth/me", Ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Session_IdleThirtyMinutes_Expires()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = await app.ClientForAsync(Roles.ReceptionClerk);

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        var active = await client.GetAsync("/api/auth/me", Ct);
        app.Clock.Advance(TimeSpan.FromMinutes(25));
        var stillActive = await client.GetAsync("/api/auth/me", Ct);
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var idle = await client.GetAsync("/api/auth/me", Ct);

        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillActive.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, idle.StatusCode);
    }

    [Fact]
    public async Task Session_ActiveForEightHours_EndsAtTheAbsoluteCap()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = await app.ClientForAsync(Roles.ReceptionClerk);

        var statuses = new List<HttpStatusCode>();
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(7.9); elapsed += TimeSpan.FromMinutes(20))
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            statuses.Add((await client.GetAsync("/api/auth/me", Ct)).StatusCode);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        var past = await client.GetAsync("/api/auth/me", Ct);

        Assert.All(statuses[..^1], s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.Unauthorized, past.StatusCode);
    }

    private static async Task<string> LoginCookieAsync(HttpClient client, string userName)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = ZongzhiAppFactory.TestPassword }, Ct);
        response.EnsureSuccessStatusCode();
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("zongzhi.auth=", StringComparison.Ordinal));
        return setCookie.Split(';')[0];
    }

    private static HttpClient CookieClient(ZongzhiAppFactory app, string cookie)
    {
        var client = app.CreateDefaultClient();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
