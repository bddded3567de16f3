using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Zongzhi.BrowserTests.Infrastructure;
using Zongzhi.BrowserTests.Pages;
using Zongzhi.Tests.Features.Printing;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.BrowserTests.Meetings;

/// <summary>The monthly meeting pack and the meeting's report to the town leaders open in Chromium and print to A4.</summary>
public sealed partial class MeetingPrintTests
{
    // A4 at 96 px per inch: 210 mm.
    private const int A4WidthPx = 794;

    private static readonly string[] Attendees = ["综治中心主任", "司法所所长", "派出所所长", "信访办主任"];

    [Fact]
    public async Task PackAndMeetingReport_PrintedToA4Pdf_NothingWiderThanThePage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await BrowserHost.StartAsync(now: PrintScenario.EveOfNationalDay);
        await PrintScenario.CreateAsync(host.App, ct);
        using var director = await PrintScenario.LoginAsync(host.App, PrintScenario.Director, ct);
        var directorId = await host.App.WithDbAsync(db => db.Users.Where(u => u.UserName == PrintScenario.Director).Select(u => u.Id).SingleAsync(ct));
        var created = await director.PostAsJsonAsync("/api/meetings", new
        {
            month = "2025-09",
            heldOn = "2025-09-30",
            attendees = Attendees,
            minutes = "会议通报了9月矛盾纠纷排查化解情况，分析了邻里纠纷上升的原因，部署国庆期间维稳工作。",
            tasks = new object[] { new { description = "国庆期间每日报送维稳信息", ownerUserId = directorId, dueOn = "2025-10-08" } },
        }, ct);
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt64();
        var page = await host.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).LoginAsync(PrintScenario.Director, ZongzhiAppFactory.TestPassword);
        Directory.CreateDirectory(BrowserHost.ScreenshotDirectory);

        foreach (var (name, url, article) in new[] { ("meeting-pack", "/Meetings/Pack?month=2025-09", "article.pack"), ("meeting-report", $"/Meetings/Report/{id}", "article.report-doc") })
        {
            await page.SetViewportSizeAsync(1366, 768);
            await page.EmulateMediaAsync(new() { Media = Media.Screen });
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator(article)).ToBeVisibleAsync();
            await BrowserHost.ScreenshotAsync(page, name);

            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await page.SetViewportSizeAsync(A4WidthPx, 1100);
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), name + " is wider than A4");
            await BrowserHost.ScreenshotAsync(page, name + "-print-media");
            var path = Path.Combine(BrowserHost.ScreenshotDirectory, name + ".pdf");
            var pdf = await page.PdfAsync(new() { Path = path, Format = "A4", PrintBackground = true });

            Assert.True(File.Exists(path), name);
            Assert.True(PageObject().Count(Encoding.Latin1.GetString(pdf)) >= 1, name + " has no page");
        }
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
