using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zongzhi.BrowserTests.Infrastructure;
using Zongzhi.BrowserTests.Pages;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.BrowserTests.Matters;

public sealed partial class RegisterJourneyTests
{
    [Fact]
    public async Task Clerk_RegistersVisitWithKeyboardAndPrintsReceipt_ThenDirectorAccepts()
    {
        await using var host = await BrowserHost.StartAsync();
        await TownFixture.CreateAsync(host.App);
        await host.App.CreateUserAsync("clerk-j", Roles.ReceptionClerk);
        await host.App.CreateUserAsync("director-j", Roles.CenterDirector);
        var page = await host.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).LoginAsync("clerk-j", ZongzhiAppFactory.TestPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "登记事项" }).ClickAsync();
        await page.GetByLabel("来访").CheckAsync();
        await page.GetByLabel("村(社区)").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await page.GetByLabel("纠纷类别").SelectOptionAsync(new SelectOptionValue { Value = "neighbour" });
        await page.GetByLabel("事项摘要").FillAsync("邻里宅基地边界纠纷");
        await page.GetByLabel("详细情况").FillAsync("来访人反映与邻居因宅基地边界发生争执，请求调解。");
        await page.GetByLabel("第1位当事人姓名").FillAsync("张三");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("13812345678");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("11010519491231002X");
        await BrowserHost.ScreenshotAsync(page, "matter-register");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(DetailsUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("ZZ-2026-000001");
        Assert.Contains("138****5678", await page.ContentAsync(), StringComparison.Ordinal);
        var details = page.Url;
        await BrowserHost.ScreenshotAsync(page, "matter-details-clerk");
        await page.GetByRole(AriaRole.Link, new() { Name = "打印回执" }).ClickAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByText("受理登记回执")).ToBeVisibleAsync();
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        await BrowserHost.ScreenshotAsync(page, "matter-receipt-print");
        Directory.CreateDirectory(BrowserHost.ScreenshotDirectory);
        await page.PdfAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotDirectory, "matter-receipt.pdf"), Format = "A4" });
        await page.Context.CloseAsync();

        var director = await host.NewPageAsync();
        await new LoginPage(director).GotoAsync();
        await new LoginPage(director).LoginAsync("director-j", ZongzhiAppFactory.TestPassword);
        await Assertions.Expect(director.Locator(".tiles")).ToContainTextAsync("待受理");
        await director.GotoAsync(details);
        await director.GetByLabel("一般").CheckAsync();
        await director.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();

        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("已受理");
        await Assertions.Expect(director.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("已受理");
        await BrowserHost.ScreenshotAsync(director, "matter-details-accepted");
    }

    [GeneratedRegex("/Matters/Details/\\d+$")]
    private static partial Regex DetailsUrl();
}
