using Microsoft.Playwright;

namespace Zongzhi.BrowserTests.Pages;

/// <summary>Steps on the matter page and the sheet page, located by Chinese label and button name.</summary>
public sealed class SheetPages(IPage page)
{
    public ILocator Status => page.GetByRole(AriaRole.Status);

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public async Task LoginAsync(string userName, string password)
    {
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.LoginAsync(userName, password);
    }

    public Task ClickAsync(string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    /// <summary>Director: accept as a general matter, then assign to <paramref name="department"/>.</summary>
    public async Task AcceptAndAssignAsync(string department, string requirements)
    {
        await page.GetByLabel("一般", new() { Exact = true }).CheckAsync();
        await ClickAsync("受理");
        await Assertions.Expect(Status).ToContainTextAsync("已受理");
        await page.GetByLabel("承办部门", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = department });
        await page.GetByLabel("交办要求").FillAsync(requirements);
        await ClickAsync("出具交办单");
        await Assertions.Expect(Status).ToContainTextAsync("已交办");
    }

    /// <summary>Department: the result of the current round.</summary>
    public async Task SubmitResultAsync(string whatWasDone, string reply)
    {
        await page.GetByLabel("办理情况").FillAsync(whatWasDone);
        await page.GetByLabel("答复当事人的内容").FillAsync(reply);
        await ClickAsync("提交办理结果");
        await Assertions.Expect(Status).ToContainTextAsync("办理结果已提交");
    }

    /// <summary>Director: review the submitted result; re-handling needs <paramref name="reasons"/>.</summary>
    public async Task ReviewAsync(bool accept, string? reasons = null)
    {
        await page.GetByLabel(accept ? "通过" : "重新办理", new() { Exact = true }).CheckAsync();
        if (reasons is not null)
        {
            await page.GetByLabel("重新办理的理由").FillAsync(reasons);
        }

        await ClickAsync("提交审核");
        await Assertions.Expect(Status).ToContainTextAsync(accept ? "审核通过" : "重新办理");
    }
}
