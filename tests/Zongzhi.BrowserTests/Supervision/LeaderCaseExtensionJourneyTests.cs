using System.Net;
using Microsoft.Playwright;
using Zongzhi.BrowserTests.Infrastructure;
using Zongzhi.BrowserTests.Pages;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.BrowserTests.Supervision;

public sealed class LeaderCaseExtensionJourneyTests
{
    [Fact]
    public async Task CaseLeader_RequestsExtension_TopLeaderApprovesIt()
    {
        await using var host = await BrowserHost.StartAsync();
        var town = await TownFixture.CreateAsync(host.App);
        await host.App.CreateUserAsync("clerk-x", Roles.ReceptionClerk);
        await host.App.CreateUserAsync("director-x", Roles.CenterDirector);
        var leader = await host.App.CreateUserAsync("leader-x", Roles.CaseLeader);
        await host.App.CreateUserAsync("top-x", Roles.TopLeader);
        using var api = new ApiSetup(host.BaseAddress);
        var matterId = await api.RegisterAsync("clerk-x", town, host.App.Clock.GetUtcNow());
        await api.PostAsync("director-x", $"/api/matters/{matterId}/hand-to-leader", new { caseLeaderUserId = leader.Id }, HttpStatusCode.NoContent);

        var page = await host.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).LoginAsync("leader-x", ZongzhiAppFactory.TestPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "包案", Exact = true }).ClickAsync();
        await BrowserHost.ScreenshotAsync(page, "leader-cases");
        await page.GetByRole(AriaRole.Link, new() { Name = "ZZ-2026-000001" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "接案" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已接案");
        await page.GetByLabel("申请延期至", new() { Exact = true }).FillAsync("2027-01-29");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交延期申请" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Form.Reason']")).ToContainTextAsync("延期理由");
        await Assertions.Expect(page.GetByLabel("申请延期至", new() { Exact = true })).ToHaveValueAsync("2027-01-29");
        await page.GetByLabel("延期理由").FillAsync("当事人外出务工，需待其返乡后再行调处");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交延期申请" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("延期申请已提交");
        await BrowserHost.ScreenshotAsync(page, "leader-case-extension-requested");

        var top = await host.NewPageAsync();
        await new LoginPage(top).GotoAsync();
        await new LoginPage(top).LoginAsync("top-x", ZongzhiAppFactory.TestPassword);
        await top.GetByRole(AriaRole.Link, new() { Name = "延期审批" }).ClickAsync();
        await Assertions.Expect(top.GetByText("当事人外出务工，需待其返乡后再行调处")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(top, "extension-requests-top-leader");
        await top.GetByLabel("审批意见（可不填）").FillAsync("同意延期，务必按期办结");
        await top.GetByRole(AriaRole.Button, new() { Name = "批准延期" }).ClickAsync();
        await Assertions.Expect(top.GetByRole(AriaRole.Status)).ToContainTextAsync("包案延期已批准");
        await Assertions.Expect(top.GetByText("没有待审批的包案延期申请")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("table.facts")).ToContainTextAsync("2027-01-29（已延期");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "已批准", Exact = true })).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(page, "leader-case-extended");
    }
}
