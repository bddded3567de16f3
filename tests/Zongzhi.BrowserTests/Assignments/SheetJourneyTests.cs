using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zongzhi.BrowserTests.Infrastructure;
using Zongzhi.BrowserTests.Pages;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.BrowserTests.Assignments;

public sealed partial class SheetJourneyTests
{
    private const string Password = ZongzhiAppFactory.TestPassword;

    [Fact]
    public async Task Matter_FromVisitToArchive_WithRehandling_AndAnotherDepartmentIsRefused()
    {
        await using var host = await BrowserHost.StartAsync();
        var town = await TownFixture.CreateAsync(host.App);
        await host.App.CreateUserAsync("clerk-s", Roles.ReceptionClerk);
        await host.App.CreateUserAsync("director-s", Roles.CenterDirector);
        await host.App.CreateUserAsync("handler-s", Roles.DepartmentHandler, town.JusticeOffice);
        await host.App.CreateUserAsync("police-s", Roles.DepartmentHandler, town.PoliceStation);

        var matterUrl = await RegisterVisitAsync(host);
        var director = await host.NewPageAsync();
        var d = new SheetPages(director);
        await d.LoginAsync("director-s", Password);
        await director.GotoAsync(matterUrl);
        await d.AcceptAndAssignAsync("司法所", "请依法调处，七个工作日内答复当事人。");
        await BrowserHost.ScreenshotAsync(director, "matter-assigned");

        var handler = await host.NewPageAsync();
        var h = new SheetPages(handler);
        await h.LoginAsync("handler-s", Password);
        await Assertions.Expect(handler.Locator(".notification-badge .badge")).ToHaveTextAsync("1");
        await handler.GetByRole(AriaRole.Link, new() { Name = "我的交办单" }).ClickAsync();
        await Assertions.Expect(handler.Locator("table.data")).ToContainTextAsync("待签收");
        await BrowserHost.ScreenshotAsync(handler, "assignments-list");
        await handler.GetByRole(AriaRole.Link, new() { Name = "JB-2026-000001" }).ClickAsync();
        var sheetUrl = handler.Url;
        await h.ClickAsync("签收");
        await Assertions.Expect(h.Status).ToContainTextAsync("已签收");
        await handler.GetByLabel("办理进展").FillAsync("已约双方到司法所面谈。");
        await h.ClickAsync("记录进展");
        await Assertions.Expect(h.Status).ToContainTextAsync("办理进展已记录");
        await handler.GetByLabel("文件（PDF、图片、Word、Excel）").SetInputFilesAsync(new FilePayload
        {
            Name = "调解笔录.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
        });
        await h.ClickAsync("上传");
        await Assertions.Expect(handler.GetByRole(AriaRole.Link, new() { Name = "调解笔录.pdf" })).ToBeVisibleAsync();
        await h.SubmitResultAsync("组织双方现场勘界，明确了边界。", "已电话告知当事人勘界结果。");
        await BrowserHost.ScreenshotAsync(handler, "assignment-sheet-result");

        await director.GotoAsync(matterUrl);
        await d.ReviewAsync(accept: false, reasons: "当事人对勘界结果有异议，请重新核实。");
        await handler.GotoAsync(sheetUrl);
        await Assertions.Expect(handler.GetByRole(AriaRole.Heading, new() { Name = "第 2 轮办理" })).ToBeVisibleAsync();
        await h.SubmitResultAsync("会同国土所重新测量，双方签订调解协议。", "已当面答复，当事人表示满意。");
        await BrowserHost.ScreenshotAsync(handler, "assignment-sheet-round-2");

        await director.GotoAsync(matterUrl);
        await d.ReviewAsync(accept: true);
        await director.GetByLabel("满意", new() { Exact = true }).CheckAsync();
        await director.GetByLabel("回访记录").FillAsync("当事人对处理结果满意。");
        await d.ClickAsync("记录回访");
        await Assertions.Expect(d.Status).ToContainTextAsync("回访已记录");
        await d.ClickAsync("办结");
        await Assertions.Expect(d.Heading).ToContainTextAsync("已办结");
        await director.GetByLabel("归档号").FillAsync("GD-2026-0001");
        await director.GetByLabel("材料清单（每行一件）").FillAsync("受理登记表\n交办单\n调解协议书");
        await d.ClickAsync("归档");
        await Assertions.Expect(d.Heading).ToContainTextAsync("已归档");
        await BrowserHost.ScreenshotAsync(director, "matter-archived");

        var police = await host.NewPageAsync();
        await new SheetPages(police).LoginAsync("police-s", Password);
        var sheetAnswer = await police.GotoAsync(sheetUrl);
        var matterAnswer = await police.GotoAsync(matterUrl);
        Assert.Equal(404, sheetAnswer!.Status);
        Assert.Equal(404, matterAnswer!.Status);
        await police.GotoAsync("/Assignments");
        await Assertions.Expect(police.GetByText("没有符合条件的交办单")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(police, "assignments-other-department");
    }

    private static async Task<string> RegisterVisitAsync(BrowserHost host)
    {
        var clerk = await host.NewPageAsync();
        await new SheetPages(clerk).LoginAsync("clerk-s", Password);
        await clerk.GetByRole(AriaRole.Link, new() { Name = "登记事项" }).ClickAsync();
        await clerk.GetByLabel("来访").CheckAsync();
        await clerk.GetByLabel("村(社区)").SelectOptionAsync(new SelectOptionValue { Label = "东村" });
        await clerk.GetByLabel("纠纷类别").SelectOptionAsync(new SelectOptionValue { Value = "neighbour" });
        await clerk.GetByLabel("事项摘要").FillAsync("邻里宅基地边界纠纷");
        await clerk.GetByLabel("详细情况").FillAsync("来访人反映与邻居因宅基地边界发生争执，请求调解。");
        await clerk.GetByLabel("第1位当事人姓名").FillAsync("张三");
        await clerk.GetByLabel("第1位当事人联系电话").FillAsync("13812345678");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存登记" }).ClickAsync();
        await Assertions.Expect(clerk).ToHaveURLAsync(DetailsUrl());
        var url = new Uri(clerk.Url).PathAndQuery;
        await clerk.Context.CloseAsync();
        return url;
    }

    [GeneratedRegex("/Matters/Details/\\d+$")]
    private static partial Regex DetailsUrl();
}
