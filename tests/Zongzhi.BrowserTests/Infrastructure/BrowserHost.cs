using Microsoft.Playwright;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.BrowserTests.Infrastructure;

/// <summary>
/// The app on a real Kestrel port (loopback) and Debian's Chromium driven by Playwright — never a downloaded
/// browser. Without /usr/bin/chromium the tests are skipped with the reason, and fail under CI.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private BrowserHost(ZongzhiAppFactory app, IPlaywright playwright, IBrowser browser, Uri baseAddress)
    {
        App = app;
        Playwright = playwright;
        Browser = browser;
        BaseAddress = baseAddress;
    }

    public ZongzhiAppFactory App { get; }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public Uri BaseAddress { get; }

    public static string ScreenshotDirectory { get; } =
        Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static async Task<BrowserHost> StartAsync(string provider = DatabaseProvider.Sqlite, DateTimeOffset? now = null)
    {
        RequireChromium();
        var app = await ZongzhiAppFactory.CreateAsync(provider, kestrel: true, now: now);
        var baseAddress = app.ClientOptions.BaseAddress;
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        return new BrowserHost(app, playwright, browser, baseAddress);
    }

    public async Task<IPage> NewPageAsync(int width = 1366, int height = 768)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await App.DisposeAsync();
    }

    private static void RequireChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        var reason = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium; .ci/run does).";
        if (TestEnvironment.IsCi)
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
    }
}
