using Zongzhi.BrowserTests.Infrastructure;

namespace Zongzhi.BrowserTests;

public sealed class HomePageTests
{
    [Fact]
    public async Task HomePage_InChromium_ShowsChineseTitle()
    {
        await using var host = await BrowserHost.StartAsync();
        var page = await host.NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.NotNull(response);
        Assert.True(response.Ok);
        Assert.Contains("综治中心工作平台", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("综治中心工作平台", await page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        await BrowserHost.ScreenshotAsync(page, "home");
    }
}
