using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Accounts;

public sealed class AccountGateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MustChangePassword_UntilChanged_OnlyAccountsAreOpen()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var user = await app.CreateUserAsync("clerk1", Roles.ReceptionClerk);
        await SetAsync(app, "clerk1", u => u.MustChangePassword = true);
        using var client = await app.LoginAsync("clerk1");

        var page = await client.GetAsync("/Admin", Ct);
        var api = await client.GetAsync("/api/settings/rules", Ct);
        var change = await client.PostAsJsonAsync("/api/auth/password",
            new { currentPassword = ZongzhiAppFactory.TestPassword, newPassword = "New-Passw0rd!" }, Ct);
        var afterwards = await client.GetAsync("/api/settings/rules", Ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Accounts/ChangePassword", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("修改初始密码", await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.NotNull(user);
    }

    [Fact]
    public async Task ChangePassword_WeakOrWrongCurrent_IsRefusedInChinese()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = await app.ClientForAsync(Roles.ReceptionClerk);

        var weak = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = ZongzhiAppFactory.TestPassword, newPassword = "abcdefgh" }, Ct);
        var wrong = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = "Nope-Passw0rd", newPassword = "New-Passw0rd!" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("三类", await weak.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("当前密码不正确", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdministratorWithoutTwoFactor_OutsideDemo_IsSentToEnrol()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("admin1", Roles.Administrator);
        await SetAsync(app, "admin1", u => u.TwoFactorEnabled = false);
        using var client = await app.LoginAsync("admin1");

        var page = await client.GetAsync("/Admin", Ct);
        var api = await client.GetAsync("/api/settings/rules", Ct);
        var enrol = await client.GetAsync("/Accounts/TwoFactor", Ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Accounts/TwoFactor", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, enrol.StatusCode);
        var html = await enrol.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("authenticator-key", html, StringComparison.Ordinal);
    }

    private static async Task SetAsync(ZongzhiAppFactory app, string userName, Action<ZongzhiUser> change)
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ZongzhiUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        change(user);
        await users.UpdateAsync(user);
    }
}
