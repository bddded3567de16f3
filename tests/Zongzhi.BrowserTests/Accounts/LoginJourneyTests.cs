using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zongzhi.BrowserTests.Infrastructure;
using Zongzhi.BrowserTests.Pages;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Demo;

namespace Zongzhi.BrowserTests.Accounts;

public sealed partial class LoginJourneyTests
{
    [Fact]
    public async Task DemoAccounts_EachRole_LogsInAndSeesTheirHome()
    {
        await using var host = await StartDemoAsync();

        foreach (var account in DemoAccounts.All.Where(a => a.Role != Roles.Administrator))
        {
            var page = await host.NewPageAsync();
            var login = new LoginPage(page);
            await login.GotoAsync();

            await login.LoginAsync(account.UserName, DemoAccounts.Password);

            Assert.Equal("/", new Uri(page.Url).AbsolutePath);
            var userBar = page.Locator(".user-bar");
            Assert.Contains(account.DisplayName, await userBar.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains(Roles.Label(account.Role), await userBar.InnerTextAsync(), StringComparison.Ordinal);
            var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "主菜单" });
            Assert.True(await menu.GetByRole(AriaRole.Link, new() { Name = "工作台" }).IsVisibleAsync());
            Assert.Equal(0, await menu.GetByRole(AriaRole.Link, new() { Name = "管理" }).CountAsync());
            if (account.UserName is "clerk" or "director" or "handler")
            {
                await BrowserHost.ScreenshotAsync(page, "home-" + account.UserName);
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(LoginUrl());
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksOut_WithTheSameChineseMessage()
    {
        await using var host = await StartDemoAsync();
        var page = await host.NewPageAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();

        for (var i = 0; i < 4; i++)
        {
            await login.LoginAsync("clerk", "Wrong-Passw0rd");
            Assert.Contains("用户名或密码错误", await login.Alert.InnerTextAsync(), StringComparison.Ordinal);
        }

        await login.LoginAsync("clerk", "Wrong-Passw0rd");
        var fifth = await login.Alert.InnerTextAsync();
        await login.LoginAsync("clerk", DemoAccounts.Password);

        // The page does not tell a locked account from a wrong password: one message says both.
        Assert.Contains("用户名或密码错误，或账户已暂时锁定", fifth, StringComparison.Ordinal);
        Assert.Contains("用户名或密码错误，或账户已暂时锁定", await login.Alert.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("/Accounts/Login", new Uri(page.Url).AbsolutePath);
        await BrowserHost.ScreenshotAsync(page, "login-locked-out");
    }

    [Fact]
    public async Task AdminCalendar_Year2024_ShowsNationalDayAndAMakeupDay()
    {
        await using var host = await StartDemoAsync();
        var page = await host.NewPageAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.LoginAsync("admin", DemoAccounts.Password);
        // Outside demo mode (as the test host runs) an administrator enrols two-factor sign-in first.
        var twoFactor = new TwoFactorPage(page);
        Assert.True(await twoFactor.Heading.IsVisibleAsync());
        await BrowserHost.ScreenshotAsync(page, "admin-two-factor-enrol");
        await twoFactor.EnrolAsync(host.App.Clock.GetUtcNow());

        await page.GotoAsync("/Admin/Calendar?year=2024");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作日历 2024 年" })).ToBeVisibleAsync();
        var october = page.GetByRole(AriaRole.Table, new() { Name = "10月" });
        await Assertions.Expect(october.Locator("td.day-Holiday").First).ToBeVisibleAsync();
        Assert.Equal(7, await october.Locator("td.day-Holiday").CountAsync());
        Assert.True(await page.Locator("td.day-MakeupWorkingDay[title*='2024-10-12']").CountAsync() == 1);
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "国庆节", Exact = true }).First).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(page, "admin-calendar-2024");
    }

    private static async Task<BrowserHost> StartDemoAsync()
    {
        var host = await BrowserHost.StartAsync();
        await using var scope = host.App.Scope();
        await scope.ServiceProvider.GetRequiredService<SeedDemoData>().RunAsync(TestContext.Current.CancellationToken);
        return host;
    }

    [GeneratedRegex("/Accounts/Login")]
    private static partial Regex LoginUrl();
}
