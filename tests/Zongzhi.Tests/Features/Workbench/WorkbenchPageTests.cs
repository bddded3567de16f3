using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Workbench;

public sealed partial class WorkbenchPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Home_Anonymous_ShowsIntroAndLoginLink()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });

        var html = await anonymous.GetStringAsync("/", Ct);

        Assert.Contains("<h1>综治中心工作平台</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Accounts/Login\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_Director_SeesMatterToTriageAndMarksNotificationRead()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        (await clerk.PostAsJsonAsync("/api/matters", town.Visit(), Ct)).EnsureSuccessStatusCode();

        var html = await director.GetStringAsync("/", Ct);
        var clerkHome = await clerk.GetStringAsync("/", Ct);
        var notificationId = await app.WithDbAsync(db => db.Notifications.Select(n => n.Id).FirstAsync(Ct));
        var read = await director.PostAsync("/?handler=Read", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", AntiforgeryToken().Match(html).Groups[1].Value), new("notificationId", $"{notificationId}")]), Ct);

        Assert.Matches("<span class=\"count\">1</span><span class=\"label\">待受理</span>", html);
        Assert.Contains("新登记事项待受理：ZZ-2026-000001", html, StringComparison.Ordinal);
        Assert.Matches("<span class=\"count\">1</span><span class=\"label\">今日登记</span>", clerkHome);
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.Notifications.Where(n => n.Id == notificationId).Select(n => n.ReadAt).SingleAsync(Ct)));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
