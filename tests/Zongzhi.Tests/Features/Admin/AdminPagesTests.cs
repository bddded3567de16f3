using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Admin;

public sealed partial class AdminPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Pages =
        ["/Admin", "/Admin/Users", "/Admin/Users/Create", "/Admin/Departments", "/Admin/Villages", "/Admin/Categories", "/Admin/Rules", "/Admin/Calendar?year=2024"];

    [Fact]
    public async Task AdminPages_ForNonAdministrator_AreRefused()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var page in Pages)
        {
            var refused = await director.GetAsync(page, Ct);
            var signedOut = await anonymous.GetAsync(page, Ct);

            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            var location = refused.Headers.Location!;
            Assert.StartsWith("/Accounts/Denied", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
            Assert.Contains("/Accounts/Login", signedOut.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AdminPages_ForAdministrator_RenderInChinese()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var admin = await app.ClientForAsync(Roles.Administrator);

        foreach (var page in Pages)
        {
            var response = await admin.GetAsync(page, Ct);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("系统管理", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        var calendar = await admin.GetStringAsync("/Admin/Calendar?year=2024", Ct);
        Assert.Contains("国庆节", calendar, StringComparison.Ordinal);
        Assert.Contains("day-MakeupWorkingDay", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_ByAdministrator_ShowsOneTimePasswordAndForcesChange()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var admin = await app.ClientForAsync(Roles.Administrator);
        var token = await TokenAsync(admin, "/Admin/Users/Create");

        var missing = await admin.PostAsync("/Admin/Users/Create", Form(token, ("UserName", "wang5"), ("Input.DisplayName", "")), Ct);
        var created = await admin.PostAsync("/Admin/Users/Create",
            Form(token, ("UserName", "wang5"), ("Input.DisplayName", "王五"), ("Input.Roles", Roles.ReceptionClerk)), Ct);

        var missingHtml = await missing.Content.ReadAsStringAsync(Ct);
        Assert.Contains("请填写姓名", missingHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"wang5\"", missingHtml, StringComparison.Ordinal);
        var html = await created.Content.ReadAsStringAsync(Ct);
        var password = OneTimePassword().Match(html).Groups[1].Value;
        Assert.NotEmpty(password);
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "wang5", Ct));
        Assert.True(user.MustChangePassword);
        Assert.True(user.LockoutEnabled);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == user.Id).Select(a => a.Action).ToListAsync(Ct));
        Assert.Contains("user.create", audit);
    }

    [Fact]
    public async Task CreateUser_WithEmail_ChecksItInChineseAndKeepsIt()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var admin = await app.ClientForAsync(Roles.Administrator);
        var token = await TokenAsync(admin, "/Admin/Users/Create");

        var bad = await admin.PostAsync("/Admin/Users/Create",
            Form(token, ("UserName", "zhao6"), ("Input.DisplayName", "赵六"), ("Input.Roles", Roles.ReceptionClerk), ("Input.Email", "zhao6@")), Ct);
        var good = await admin.PostAsync("/Admin/Users/Create",
            Form(token, ("UserName", "zhao6"), ("Input.DisplayName", "赵六"), ("Input.Roles", Roles.ReceptionClerk), ("Input.Email", "zhao6@town.gov.cn")), Ct);

        Assert.Contains("电子邮箱格式不正确", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("zhao6@town.gov.cn", await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "zhao6").Select(u => u.Email).SingleAsync(Ct)));
        var edit = await admin.GetStringAsync($"/Admin/Users/Edit?id={await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "zhao6").Select(u => u.Id).SingleAsync(Ct))}", Ct);
        Assert.Contains("value=\"zhao6@town.gov.cn\"", edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var admin = await app.ClientForAsync(Roles.Administrator);

        var response = await admin.PostAsync("/Admin/Departments?handler=Add", new FormUrlEncodedContent([new("Input.Name", "新部门")]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Departments.AnyAsync(d => d.Name == "新部门", Ct)));
    }

    internal static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page, Ct);
        return AntiforgeryToken().Match(html).Groups[1].Value;
    }

    internal static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("id=\"one-time-password\">([^<]+)<")]
    private static partial Regex OneTimePassword();
}
