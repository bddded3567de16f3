using Microsoft.Playwright;
using MiniExcelLibs;
using Zongzhi.BrowserTests.Infrastructure;
using Zongzhi.BrowserTests.Pages;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Information;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.BrowserTests.Information;

public sealed class InformationJourneyTests
{
    [Fact]
    public async Task Informant_RegistersEmergency_LeaderAcknowledgesFromWorkbench_DirectorRecordsDispatchAndArrival()
    {
        await using var host = await BrowserHost.StartAsync();
        await TownFixture.CreateAsync(host.App);
        await host.App.CreateUserAsync("informant-j", Roles.Informant);
        await host.App.CreateUserAsync("leader-j", Roles.TopLeader);
        await host.App.CreateUserAsync("director-j", Roles.CenterDirector);

        var informant = await LoginAsync(host, "informant-j");
        await informant.GotoAsync("/Information/Register");
        await informant.GetByLabel("重大突发事件、越级上访", new() { Exact = true }).CheckAsync();
        await informant.GetByLabel("村(社区)").SelectOptionAsync(new SelectOptionValue { Label = "东村" });
        await informant.GetByLabel("纠纷类别").SelectOptionAsync(new SelectOptionValue { Value = "neighbour" });
        await informant.GetByLabel("严重程度").SelectOptionAsync(new SelectOptionValue { Value = "Major" });
        await informant.GetByLabel("发生时间").FillAsync("2026-11-28T08:00");
        await informant.GetByLabel("发生地点").FillAsync("镇政府门口");
        await informant.GetByLabel("涉及人数").FillAsync("30");
        await informant.GetByLabel("信息摘要").FillAsync("数十人聚集镇政府门口");
        await informant.GetByLabel("详细情况").FillAsync("因征地补偿问题聚集，情绪激动。");
        await BrowserHost.ScreenshotAsync(informant, "information-register-emergency");
        await informant.GetByRole(AriaRole.Button, new() { Name = "保存登记" }).ClickAsync();
        await Assertions.Expect(informant.GetByRole(AriaRole.Status)).ToContainTextAsync("已立即报告 2 位");
        await Assertions.Expect(informant.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("紧急·未结束");
        await informant.Context.CloseAsync();

        var leader = await LoginAsync(host, "leader-j");
        var panel = leader.Locator(".open-emergencies");
        await Assertions.Expect(panel).ToContainTextAsync("未结束的紧急信息（1）");
        await Assertions.Expect(panel).ToContainTextAsync("0 / 2");
        await BrowserHost.ScreenshotAsync(leader, "information-workbench-open-emergency");
        await panel.GetByRole(AriaRole.Link, new() { Name = "XX-2026-000001" }).ClickAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "确认收悉" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Status)).ToContainTextAsync("已确认收悉");
        await Assertions.Expect(leader.GetByRole(AriaRole.Table, new() { Name = "报告对象" })).ToContainTextAsync("已确认");
        Assert.Equal(0, await leader.GetByRole(AriaRole.Button, new() { Name = "确认收悉" }).CountAsync());
        await BrowserHost.ScreenshotAsync(leader, "information-emergency-acknowledged");
        await leader.Context.CloseAsync();

        var director = await LoginAsync(host, "director-j");
        await director.Locator(".open-emergencies").GetByRole(AriaRole.Link, new() { Name = "XX-2026-000001" }).ClickAsync();
        await director.GetByLabel("派出人员").FillAsync("综治中心副主任、派出所民警2名");
        await director.GetByLabel("派出时间").FillAsync("2026-11-28T09:40");
        await director.GetByRole(AriaRole.Button, new() { Name = "记录派员" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("派员记录已保存");
        await director.GetByLabel("到达时间").FillAsync("2026-11-28T09:55");
        await director.GetByLabel("现场情况").FillAsync("群众情绪基本稳定，已劝离");
        await director.GetByRole(AriaRole.Button, new() { Name = "记录到达" }).ClickAsync();
        var dispatches = director.GetByRole(AriaRole.Table, new() { Name = "派员记录" });
        await Assertions.Expect(dispatches).ToContainTextAsync("2026-11-28 09:55");
        await Assertions.Expect(dispatches).ToContainTextAsync("群众情绪基本稳定，已劝离");
        await Assertions.Expect(director.GetByRole(AriaRole.Table, new() { Name = "报告对象" })).ToContainTextAsync("已确认");
        await BrowserHost.ScreenshotAsync(director, "information-emergency-dispatch");
    }

    [Fact]
    public async Task VillageReporter_ImportsExcel_BadFileIsRefusedWithRowErrors()
    {
        await using var host = await BrowserHost.StartAsync();
        await TownFixture.CreateAsync(host.App);
        var town = await host.App.WithDbAsync(db => Task.FromResult(db.Villages.Single(v => v.Name == "东村").Id));
        await host.App.CreateUserAsync("east-j", Roles.VillageReporter, villageId: town);
        var folder = Path.Combine(BrowserHost.ScreenshotDirectory, "..", "uploads");
        Directory.CreateDirectory(folder);
        var bad = Path.Combine(folder, "village-report-bad.xlsx");
        var good = Path.Combine(folder, "village-report-good.xlsx");
        Save(bad, [Row("东村", "邻里纠纷", 3, 1, 1), Row("西社区", "labour", 1, 1, 0)]);
        Save(good, [Row("东村", "邻里纠纷", 3, 2, 1), Row("东村", "labour", 1, 1, 0)]);

        var page = await LoginAsync(host, "east-j");
        await page.GetByRole(AriaRole.Link, new() { Name = "村(社区)月报" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "从 Excel 导入" }).ClickAsync();
        await page.GetByLabel("Excel 文件（.xlsx）").SetInputFilesAsync(bad);
        await page.GetByLabel("导入后直接上报").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        var errors = page.Locator(".row-errors");
        await Assertions.Expect(errors).ToContainTextAsync("行 2：调解成功数与未调结数之和应等于调解数");
        await Assertions.Expect(errors).ToContainTextAsync("行 3：只能导入本村(社区)的月报");
        await BrowserHost.ScreenshotAsync(page, "village-report-import-refused");
        Assert.Equal(0, await host.App.WithDbAsync(db => Task.FromResult(db.VillageReports.Count())));

        await page.GetByLabel("Excel 文件（.xlsx）").SetInputFilesAsync(good);
        await page.GetByLabel("导入后直接上报").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已导入 1 份月报并上报");
        await Assertions.Expect(page.Locator("table.data")).ToContainTextAsync("已上报");
        await BrowserHost.ScreenshotAsync(page, "village-report-imported");
    }

    private static Dictionary<string, object> Row(string village, string category, int mediated, int resolved, int unresolved) => new()
    {
        [VillageReportTemplate.Village] = village,
        [VillageReportTemplate.Month] = "2026-10",
        [VillageReportTemplate.Category] = category,
        [VillageReportTemplate.Mediated] = mediated,
        [VillageReportTemplate.Resolved] = resolved,
        [VillageReportTemplate.Unresolved] = unresolved,
        [VillageReportTemplate.NotableCases] = "",
        [VillageReportTemplate.InstabilityFactors] = "",
    };

    private static void Save(string path, List<Dictionary<string, object>> rows)
    {
        File.Delete(path);
        MiniExcel.SaveAs(path, rows, excelType: ExcelType.XLSX);
    }

    private static async Task<IPage> LoginAsync(BrowserHost host, string userName)
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).LoginAsync(userName, ZongzhiAppFactory.TestPassword);
        return page;
    }
}
