using System.Globalization;
using System.Net;
using Microsoft.Playwright;
using Zongzhi.BrowserTests.Infrastructure;
using Zongzhi.BrowserTests.Pages;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.BrowserTests.Supervision;

public sealed class LeaderCaseFormsJourneyTests
{
    [Fact]
    public async Task CaseLeader_AsksADepartmentForHelp_TheDepartmentReplies_LeaderClosesAndHandsOverTheMaterials()
    {
        await using var host = await BrowserHost.StartAsync();
        var town = await TownFixture.CreateAsync(host.App);
        await host.App.CreateUserAsync("clerk-y", Roles.ReceptionClerk);
        await host.App.CreateUserAsync("director-y", Roles.CenterDirector);
        var leader = await host.App.CreateUserAsync("leader-y", Roles.CaseLeader);
        await host.App.CreateUserAsync("justice-y", Roles.DepartmentHandler, town.JusticeOffice);
        using var api = new ApiSetup(host.BaseAddress);
        var matterId = await api.RegisterAsync("clerk-y", town, host.App.Clock.GetUtcNow());
        await api.PostAsync("director-y", $"/api/matters/{matterId}/hand-to-leader", new { caseLeaderUserId = leader.Id }, HttpStatusCode.NoContent);
        var due = DateOnly.FromDateTime(host.App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(5)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var page = await host.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).LoginAsync("leader-y", ZongzhiAppFactory.TestPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "包案", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "ZZ-2026-000001" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "接案" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已接案");
        var caseUrl = page.Url;

        // 请求部门协助: a missing department is said beside the field and the typed request is kept.
        await page.GetByLabel("协助事项").FillAsync("请协助核实宅基地四至");
        await page.GetByLabel("答复期限").FillAsync(due);
        await page.GetByRole(AriaRole.Button, new() { Name = "发送协助请求" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Form.DepartmentId']")).ToContainTextAsync("协助部门");
        await Assertions.Expect(page.GetByLabel("协助事项")).ToHaveValueAsync("请协助核实宅基地四至");
        await page.GetByLabel("协助部门").SelectOptionAsync(new SelectOptionValue { Label = "司法所" });
        await page.GetByRole(AriaRole.Button, new() { Name = "发送协助请求" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("协助请求已发送");
        await BrowserHost.ScreenshotAsync(page, "leader-case-coordination-requested");

        var justice = await host.NewPageAsync();
        await new LoginPage(justice).GotoAsync();
        await new LoginPage(justice).LoginAsync("justice-y", ZongzhiAppFactory.TestPassword);
        await justice.GotoAsync(caseUrl);
        await justice.GetByLabel("答复内容").FillAsync("经实地测量，界址清楚");
        await justice.GetByRole(AriaRole.Button, new() { Name = "答复包案领导" }).ClickAsync();
        await Assertions.Expect(justice.GetByRole(AriaRole.Status)).ToContainTextAsync("已答复包案领导");

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByText("经实地测量，界址清楚")).ToBeVisibleAsync();
        await page.GetByLabel("调查情况").FillAsync("界址不清");
        await page.GetByLabel("调处措施").FillAsync("现场测量后调解");
        await page.GetByLabel("参与人员").FillAsync("司法所、村委会");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存方案" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("调处方案已保存");
        await page.GetByLabel("办结结果").FillAsync("双方达成调解协议");
        await page.GetByLabel("满意", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "办结", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("包案已办结");

        await page.GetByRole(AriaRole.Button, new() { Name = "移交材料" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Form.Materials']")).ToContainTextAsync("材料清单");
        await page.GetByLabel("材料清单（每行一项）").FillAsync("调处方案\n调解协议书\n现场测量记录");
        await page.GetByRole(AriaRole.Button, new() { Name = "移交材料" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("包案材料已移交");
        await Assertions.Expect(page.GetByText("现场测量记录")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(page, "leader-case-handed-over");
    }
}
