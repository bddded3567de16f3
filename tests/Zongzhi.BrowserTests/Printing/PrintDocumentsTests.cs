using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zongzhi.BrowserTests.Infrastructure;
using Zongzhi.BrowserTests.Pages;
using Zongzhi.Tests.Features.Printing;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.BrowserTests.Printing;

public sealed partial class PrintDocumentsTests
{
    // A4 minus the 18 mm side margins of css/print.css, at 96 px per inch.
    private const int PrintableWidthPx = 658;

    [Fact]
    public async Task EveryDocument_PrintedToA4Pdf_IsOnePageWithNothingOverflowing()
    {
        await using var host = await BrowserHost.StartAsync(now: PrintScenario.EveOfNationalDay);
        var scenario = await PrintScenario.CreateAsync(host.App, TestContext.Current.CancellationToken);
        var page = await host.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).LoginAsync(PrintScenario.Director, ZongzhiAppFactory.TestPassword);
        Directory.CreateDirectory(BrowserHost.ScreenshotDirectory);
        var pages = new Dictionary<string, int>();

        foreach (var (name, url) in scenario.Documents)
        {
            await page.SetViewportSizeAsync(1366, 768);
            await page.EmulateMediaAsync(new() { Media = Media.Screen });
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("article.doc")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "打印" })).ToBeVisibleAsync();
            await BrowserHost.ScreenshotAsync(page, "print-" + name);

            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await page.SetViewportSizeAsync(PrintableWidthPx, 1000);
            Assert.False(await page.Locator(".print-toolbar").IsVisibleAsync(), name);
            var overflowing = await page.EvaluateAsync<string[]>(@"() => {
                const doc = document.querySelector('article.doc').getBoundingClientRect();
                return [...document.querySelectorAll('article.doc *')]
                    .filter(e => e.getBoundingClientRect().right > doc.right + 1 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
                    .map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 30));
            }");
            Assert.True(overflowing.Length == 0, name + " overflows: " + string.Join(" | ", overflowing));
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), name + " is wider than A4");
            await BrowserHost.ScreenshotAsync(page, "print-" + name + "-print-media");
            var pdf = await page.PdfAsync(new()
            {
                Path = Path.Combine(BrowserHost.ScreenshotDirectory, "print-" + name + ".pdf"), Format = "A4", PreferCSSPageSize = true, PrintBackground = true,
            });
            pages[name] = PageObject().Count(Encoding.Latin1.GetString(pdf));
        }

        // The sheet carries the full description and the signing stub: it may run to a second page; every notice fits one.
        Assert.All(pages, p => Assert.True(p.Value == 1 || (p.Key.StartsWith("sheet", StringComparison.Ordinal) && p.Value == 2), $"{p.Key}: {p.Value} pages"));
        Assert.Equal(scenario.Documents.Count, pages.Count);
    }

    // A page object of the PDF (/Type /Page, not the /Pages tree).
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
