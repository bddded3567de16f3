using Microsoft.Playwright;
using Zongzhi.Features.Accounts;

namespace Zongzhi.BrowserTests.Pages;

/// <summary>The two-factor enrolment page: reads the key like a phone app would and enters the current code.</summary>
public sealed class TwoFactorPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "两步验证" });

    public async Task EnrolAsync(DateTimeOffset now)
    {
        var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("验证码").FillAsync(Totp.Code(Totp.DecodeKey(key), Totp.StepAt(now)));
        await page.GetByRole(AriaRole.Button, new() { Name = "启用" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
