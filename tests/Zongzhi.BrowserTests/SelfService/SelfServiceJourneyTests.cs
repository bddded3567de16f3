using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Zongzhi.BrowserTests.Infrastructure;
using Zongzhi.BrowserTests.Pages;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.BrowserTests.SelfService;

/// <summary>
/// 一案一码 on a phone (390×844, JavaScript off): the party opens the receipt's QR link, types the code, follows the
/// matter through its stages, rates it 不满意 once closed, and the director finds the review on the workbench.
/// </summary>
public sealed class SelfServiceJourneyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Party_LooksUpByQrLinkAndByTyping_RatesUnsatisfied_DirectorSeesReview()
    {
        await using var host = await BrowserHost.StartAsync();
        var town = await TownFixture.CreateAsync(host.App);
        await host.App.CreateUserAsync("clerk-s", Roles.ReceptionClerk);
        await host.App.CreateUserAsync("director-s", Roles.CenterDirector);
        await host.App.CreateUserAsync("handler-s", Roles.DepartmentHandler, town.JusticeOffice);
        using var clerk = await host.App.LoginAsync("clerk-s");
        using var director = await host.App.LoginAsync("director-s");
        using var handler = await host.App.LoginAsync("handler-s");
        var matterId = await RegisterAsync(host, clerk, town);
        Assert.Equal(HttpStatusCode.NoContent, (await director.PostAsJsonAsync($"/api/matters/{matterId}/accept", new { complexity = "General" }, Token)).StatusCode);

        // The clerk prints the receipt: the code is drawn on first print, with the QR code of the status link.
        var desk = await host.NewPageAsync();
        await new LoginPage(desk).GotoAsync();
        await new LoginPage(desk).LoginAsync("clerk-s", ZongzhiAppFactory.TestPassword);
        await desk.GotoAsync($"/Matters/Receipt/{matterId}");
        var code = (await desk.Locator(".query-code").InnerTextAsync()).Trim();
        Assert.Matches("^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$", code);
        Assert.Equal(1, await desk.Locator(".receipt-qr svg").CountAsync());
        await Assertions.Expect(desk.Locator(".actions")).ToContainTextAsync("逐位读出");
        var number = (await desk.Locator(".doc-number").InnerTextAsync()).Replace("编号：", "", StringComparison.Ordinal).Trim();
        var link = host.BaseAddress + "q?n=" + number;
        await Assertions.Expect(desk.Locator(".receipt")).ToContainTextAsync(link);
        await BrowserHost.ScreenshotAsync(desk, "selfservice-receipt");
        await desk.Context.CloseAsync();

        var phone = await PhoneAsync(host);
        var outside = new List<string>();
        phone.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(host.BaseAddress.ToString(), StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };

        // By the QR link: the number is filled in; only the code is typed.
        await phone.GotoAsync(link);
        await Assertions.Expect(phone.GetByLabel("事项编号")).ToHaveValueAsync(number);
        await phone.GetByLabel("查询码").FillAsync(code.ToLowerInvariant());
        await phone.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(phone.Locator(".current-stage")).ToHaveTextAsync("已受理");
        await BrowserHost.ScreenshotAsync(phone, "selfservice-phone-accepted");

        // The matter moves on; by typing both.
        var assigned = await director.PostAsJsonAsync($"/api/matters/{matterId}/assign", new { handlingDepartmentId = town.JusticeOffice, requirements = "请依法调处。" }, Token);
        var sheetId = (await assigned.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await handler.PostAsJsonAsync($"/api/assignments/{sheetId}/receive", new { }, Token)).StatusCode);
        await LookUpAsync(phone, number, code);
        await Assertions.Expect(phone.Locator(".current-stage")).ToHaveTextAsync("办理中");
        await Assertions.Expect(phone.Locator(".handling-unit")).ToHaveTextAsync("司法所");
        await Assertions.Expect(phone.Locator(".deadline")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(phone, "selfservice-phone-handling");

        Assert.Equal(HttpStatusCode.OK, (await handler.PostAsJsonAsync($"/api/assignments/{sheetId}/result",
            new { whatWasDone = "组织双方调解。", replyToParty = "已当面答复：双方同意按原界址线处理。" }, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await director.PostAsJsonAsync($"/api/assignments/{sheetId}/review", new { outcome = "Accepted" }, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await director.PostAsJsonAsync($"/api/matters/{matterId}/callback", new { method = "Phone", satisfaction = "BasicallySatisfied" }, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await director.PostAsJsonAsync($"/api/matters/{matterId}/close", new { }, Token)).StatusCode);

        await LookUpAsync(phone, number, code);
        await Assertions.Expect(phone.Locator(".current-stage")).ToHaveTextAsync("已办结");
        await Assertions.Expect(phone.Locator(".reply")).ToContainTextAsync("双方同意按原界址线处理");
        await phone.GetByLabel("不满意").CheckAsync();
        await phone.GetByLabel("意见和建议（选填）").FillAsync("界址线还是没有量清楚。");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("评价已提交");
        await Assertions.Expect(phone.Locator(".my-rating")).ToContainTextAsync("不满意");
        await BrowserHost.ScreenshotAsync(phone, "selfservice-phone-rated");
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide on a 390px screen");
        Assert.Empty(outside);
        await phone.Context.CloseAsync();

        // The director's workbench shows the review; the review page lists the matter.
        var office = await host.NewPageAsync();
        await new LoginPage(office).GotoAsync();
        await new LoginPage(office).LoginAsync("director-s", ZongzhiAppFactory.TestPassword);
        var tile = office.Locator(".tiles a", new() { HasText = "不满意评价待复核" });
        await Assertions.Expect(tile).ToContainTextAsync("1");
        await tile.ClickAsync();
        await Assertions.Expect(office.Locator(".review")).ToContainTextAsync(number);
        await Assertions.Expect(office.Locator(".review")).ToContainTextAsync("界址线还是没有量清楚");
        await BrowserHost.ScreenshotAsync(office, "selfservice-review");
    }

    private static async Task<IPage> PhoneAsync(BrowserHost host)
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            JavaScriptEnabled = false,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        return await context.NewPageAsync();
    }

    private static async Task LookUpAsync(IPage phone, string number, string code)
    {
        await phone.GotoAsync("/q");
        await phone.GetByLabel("事项编号").FillAsync(number);
        await phone.GetByLabel("查询码").FillAsync(code);
        await phone.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
    }

    private static async Task<long> RegisterAsync(BrowserHost host, HttpClient clerk, TownFixture town)
    {
        var response = await clerk.PostAsJsonAsync("/api/matters", new
        {
            channel = "Visit",
            receivedAt = host.App.Clock.GetUtcNow().AddHours(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            villageId = town.EastVillage,
            category = "neighbour",
            summary = "宅基地界址纠纷",
            description = "来访人反映与邻居宅基地界址不清。",
            parties = new object[] { new { role = "Complainant", name = "王五", phone = "13912345678" } },
        }, Token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("id").GetInt64();
    }
}
