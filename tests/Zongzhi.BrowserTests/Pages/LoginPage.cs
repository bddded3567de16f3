using Microsoft.Playwright;

namespace Zongzhi.BrowserTests.Pages;

/// <summary>The login page (/Accounts/Login), located by role and Chinese label.</summary>
public sealed class LoginPage(IPage page)
{
    public ILocator UserName => page.GetByLabel("登录名");

    public ILocator Password => page.GetByLabel("密码");

    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = "登录" });

    public ILocator Alert => page.GetByRole(AriaRole.Alert);

    public async Task GotoAsync() => await page.GotoAsync("/Accounts/Login");

    public async Task LoginAsync(string userName, string password)
    {
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        // The post ends in a page (a failed login) or a redirect and then a page (a good one): wait for that final
        // document's answer and its DOM, with room for a loaded CI machine, rather than for whichever document is
        // current when the click returns.
        await page.RunAndWaitForResponseAsync(
            () => Submit.ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Status is < 300 or >= 400,
            new() { Timeout = 90_000 });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = 90_000 });
    }
}
