using System.Net;
using Microsoft.Playwright;
using Zongzhi.BrowserTests.Infrastructure;
using Zongzhi.BrowserTests.Pages;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.BrowserTests.Supervision;

public sealed class BoardJourneyTests
{
    [Fact]
    public async Task Board_AfterClockPassesSheetDeadline_ShowsRowRed()
    {
        await using var host = await BrowserHost.StartAsync();
        var town = await TownFixture.CreateAsync(host.App);
        await host.App.CreateUserAsync("clerk-b", Roles.ReceptionClerk);
        await host.App.CreateUserAsync("director-b", Roles.CenterDirector);
        await host.App.CreateUserAsync("handler-b", Roles.DepartmentHandler, town.JusticeOffice);
        using (var api = new ApiSetup(host.BaseAddress))
        {
            var matterId = await api.RegisterAsync("clerk-b", town, host.App.Clock.GetUtcNow());
            await api.PostAsync("director-b", $"/api/matters/{matterId}/accept", new { complexity = "General" }, HttpStatusCode.NoContent);
            var sheet = await api.PostAsync("director-b", $"/api/matters/{matterId}/assign",
                new { handlingDepartmentId = town.JusticeOffice, coHandlingDepartmentIds = Array.Empty<long>(), requirements = "请依法调处。" }, HttpStatusCode.Created);
            await api.PostAsync("handler-b", $"/api/assignments/{sheet.GetProperty("id").GetInt64()}/receive", new { }, HttpStatusCode.OK);
        }

        var before = await OpenBoardAsync(host);
        await Assertions.Expect(before.Locator("table.board tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(before.Locator("table.board tbody tr").First).ToContainTextAsync("正常");
        await BrowserHost.ScreenshotAsync(before, "board-before-deadline");
        await before.Context.CloseAsync();

        // 7 working days from Saturday 2026-11-28 end on Tuesday 2026-12-08; two days later the sheet is overdue.
        host.App.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        var after = await OpenBoardAsync(host);
        var row = after.Locator("table.board tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("已超期");
        await Assertions.Expect(row).ToContainTextAsync("2026-12-08");
        await Assertions.Expect(row).ToHaveClassAsync("light-red");
        await Assertions.Expect(after.Locator(".light-counts a.light-red")).ToContainTextAsync("已超期 1");
        await BrowserHost.ScreenshotAsync(after, "board-overdue-red");
        await after.Locator(".light-counts a.light-red").ClickAsync();
        await Assertions.Expect(after).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("due=overdue"));
        await Assertions.Expect(after.Locator("table.board tbody tr")).ToHaveCountAsync(1);
    }

    private static async Task<IPage> OpenBoardAsync(BrowserHost host)
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).LoginAsync("director-b", ZongzhiAppFactory.TestPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "督办看板" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("督办看板");
        return page;
    }
}
