using System.Net;
using System.Net.Http.Json;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Accounts;

public sealed class TwoFactorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiLogin_TwoFactorUserWithoutCode_IsRefused()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("admin1", Roles.Administrator);
        using var client = app.CreateClient();

        var withoutCode = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin1", password = ZongzhiAppFactory.TestPassword }, Ct);
        var me = await client.GetAsync("/api/auth/me", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, withoutCode.StatusCode);
        Assert.Contains("code", await withoutCode.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task ApiLogin_SameCodeTwice_SecondIsRefused()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("admin1", Roles.Administrator);
        var code = await app.CurrentCodeAsync("admin1", stepOffset: 0);
        using var first = app.CreateClient();
        using var second = app.CreateClient();
        using var third = app.CreateClient();

        var once = await first.PostAsJsonAsync("/api/auth/login", new { userName = "admin1", password = ZongzhiAppFactory.TestPassword, code }, Ct);
        var again = await second.PostAsJsonAsync("/api/auth/login", new { userName = "admin1", password = ZongzhiAppFactory.TestPassword, code }, Ct);
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var next = await third.PostAsJsonAsync("/api/auth/login",
            new { userName = "admin1", password = ZongzhiAppFactory.TestPassword, code = await app.CurrentCodeAsync("admin1", stepOffset: 0) }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, once.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, next.StatusCode);
    }

    [Fact]
    public async Task ApiLogin_WrongCode_IsRefused()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("admin1", Roles.Administrator);
        var code = await app.CurrentCodeAsync("admin1", stepOffset: 5);
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin1", password = ZongzhiAppFactory.TestPassword, code }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Totp_Rfc6238Vector_Matches()
    {
        var key = "12345678901234567890"u8.ToArray();

        var code = Totp.Code(key, 59 / 30);

        Assert.Equal("287082", code);
        Assert.Equal(key, Totp.DecodeKey("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    }
}
