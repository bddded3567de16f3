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
        await Submit.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
