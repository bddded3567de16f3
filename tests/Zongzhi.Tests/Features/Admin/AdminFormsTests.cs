using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Admin.AdminPagesTests;

namespace Zongzhi.Tests.Features.Admin;

/// <summary>
/// The forms of the administered lists (部门、村(社区)、纠纷类别) and of the calendar (载入节假日通知、本地调整) carry the
/// one-time form token (D5): the same form posted twice changes once with one audit entry and both posts land on the
/// same page; a stale row shows 已被他人修改 with a reload link and what was typed; a refused field keeps what was typed.
/// </summary>
public sealed partial class AdminFormsTests
{
    private const string Notice2029 = """
        {"year": 2029, "papers": ["https://www.gov.cn/zhengce/content/2029-test.htm"], "days": [
          {"name": "元旦", "date": "2029-01-01", "isOffDay": true},
          {"name": "国庆节", "date": "2029-10-01", "isOffDay": true},
          {"name": "国庆节", "date": "2029-09-29", "isOffDay": false}
        ]}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FormUrlEncodedContent Posted(string html, params (string Key, string Value)[] fields) =>
        Form(Token(html), [("Input.FormToken", ReferenceToken().Match(html).Groups[1].Value), .. fields]);

    private static FormUrlEncodedContent CalendarPosted(string html, params (string Key, string Value)[] fields) =>
        Form(Token(html), [("FormToken", CalendarToken().Match(html).Groups[1].Value), .. fields]);

    private static string Token(string html) => Information.InformationPagesTests.Token(html);

    private static Task<int> AuditCountAsync(ZongzhiAppFactory app, string action) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == action, Ct));

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task ReferenceAddAndSave_PostedTwiceWithTheSameForm_ChangeOnceWithOneAuditEntry_BothLandOnTheList(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        using var admin = await app.ClientForAsync(Roles.Administrator);
        var page = await admin.GetStringAsync("/Admin/Departments", Ct);

        var firstAdd = await admin.PostAsync("/Admin/Departments?handler=Add", Posted(page, ("Input.Name", "退役军人服务站"), ("Input.Flag", "true")), Ct);
        var secondAdd = await admin.PostAsync("/Admin/Departments?handler=Add", Posted(page, ("Input.Name", "退役军人服务站"), ("Input.Flag", "true")), Ct);
        var added = await app.WithDbAsync(db => db.Departments.Where(d => d.Name == "退役军人服务站").Select(d => new { d.Id, Version = EF.Property<int>(d, "Version") }).SingleAsync(Ct));
        var list = await admin.GetStringAsync("/Admin/Departments", Ct);
        (string, string)[] rename = [("Input.Name", "退役军人服务站（镇）"), ("Input.Flag", "true"), ("Input.Version", $"{added.Version}")];
        var firstSave = await admin.PostAsync($"/Admin/Departments?handler=Save&id={added.Id}", Posted(list, rename), Ct);
        var secondSave = await admin.PostAsync($"/Admin/Departments?handler=Save&id={added.Id}", Posted(list, rename), Ct);

        Assert.Matches("name=\"Input.FormToken\" value=\"[0-9a-f]{32}\"", page);
        Assert.All(new[] { firstAdd, secondAdd, firstSave, secondSave }, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(firstAdd.Headers.Location, secondAdd.Headers.Location);
        Assert.Equal(firstSave.Headers.Location, secondSave.Headers.Location);
        Assert.Contains("已保存", await admin.GetStringAsync(secondSave.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
        Assert.Equal("退役军人服务站（镇）", await app.WithDbAsync(db => db.Departments.Where(d => d.Id == added.Id).Select(d => d.Name).SingleAsync(Ct)));
        Assert.Equal(1, await AuditCountAsync(app, "reference.add"));
        Assert.Equal(1, await AuditCountAsync(app, "reference.change"));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task ReferenceSave_WithAStaleVersion_Shows已被他人修改WithAReloadLink_KeepsTheTypedName(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        using var admin = await app.ClientForAsync(Roles.Administrator);
        using var otherAdmin = await app.ClientForAsync(Roles.Administrator);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/Admin/Villages?handler=Add",
            Posted(await admin.GetStringAsync("/Admin/Villages", Ct), ("Input.Name", "南湖村")), Ct)).StatusCode);
        var village = await app.WithDbAsync(db => db.Villages.Where(v => v.Name == "南湖村").Select(v => new { v.Id, Version = EF.Property<int>(v, "Version") }).SingleAsync(Ct));
        var page = await admin.GetStringAsync("/Admin/Villages", Ct);
        Assert.Equal(HttpStatusCode.Redirect, (await otherAdmin.PostAsync($"/Admin/Villages?handler=Save&id={village.Id}",
            Posted(await otherAdmin.GetStringAsync("/Admin/Villages", Ct), ("Input.Name", "南湖社区"), ("Input.Version", $"{village.Version}")), Ct)).StatusCode);

        var stale = await admin.PostAsync($"/Admin/Villages?handler=Save&id={village.Id}", Posted(page, ("Input.Name", "南湖新村"), ("Input.Version", $"{village.Version}")), Ct);
        var html = await stale.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("已被他人修改", html, StringComparison.Ordinal);
        Assert.Contains("重新载入最新内容</a>", html, StringComparison.Ordinal);
        Assert.Matches($"id=\"name-{village.Id}\" name=\"Input.Name\" value=\"南湖新村\"", html);
        Assert.Equal("南湖社区", await app.WithDbAsync(db => db.Villages.Where(v => v.Id == village.Id).Select(v => v.Name).SingleAsync(Ct)));
        Assert.Equal(1, await AuditCountAsync(app, "reference.change"));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task ReferenceAdd_WithAnInvalidName_ShowsTheMessageBesideIt_KeepsWhatWasTyped_ANonAdministratorIsRefused(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        using var admin = await app.ClientForAsync(Roles.Administrator);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        var page = await admin.GetStringAsync("/Admin/Categories", Ct);
        var tooLong = new string('纠', 51);
        var before = await app.WithDbAsync(db => db.DisputeCategories.CountAsync(Ct));

        var refused = await (await admin.PostAsync("/Admin/Categories?handler=Add", Posted(page, ("Input.Name", tooLong)), Ct)).Content.ReadAsStringAsync(Ct);
        var empty = await (await admin.PostAsync("/Admin/Categories?handler=Add", Posted(page, ("Input.Name", "")), Ct)).Content.ReadAsStringAsync(Ct);
        var byDirector = await director.PostAsync("/Admin/Categories?handler=Add", Posted(page, ("Input.Name", "土地承包")), Ct);

        Assert.Matches("data-valmsg-for=\"Input.Name\"[^>]*>名称不能超过 50 个字", refused);
        Assert.Contains($"id=\"add-name\" name=\"Input.Name\" value=\"{tooLong}\"", refused, StringComparison.Ordinal);
        Assert.Matches("data-valmsg-for=\"Input.Name\"[^>]*>请填写名称", empty);
        Assert.Contains("/Accounts/Denied", byDirector.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.DisputeCategories.CountAsync(Ct)));
        Assert.Equal(0, await AuditCountAsync(app, "reference.add"));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task CalendarForms_PostedTwiceWithTheSameForm_LoadAddAndRemoveOnceEach_BothLandOnTheYear(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        using var admin = await app.ClientForAsync(Roles.Administrator);
        var page = await admin.GetStringAsync("/Admin/Calendar?year=2029", Ct);
        var notice = Encoding.UTF8.GetBytes(Notice2029);
        MultipartFormDataContent Upload() => Information.InformationPagesTests.Multipart(
            [new("__RequestVerificationToken", Token(page)), new("FormToken", CalendarToken().Match(page).Groups[1].Value)], notice, "2029.json", "notice");

        var firstLoad = await admin.PostAsync("/Admin/Calendar?handler=LoadNotice", Upload(), Ct);
        var secondLoad = await admin.PostAsync("/Admin/Calendar?handler=LoadNotice", Upload(), Ct);
        var year = await admin.GetStringAsync("/Admin/Calendar?year=2029", Ct);
        (string, string)[] holiday = [("Override.Date", "2029-03-15"), ("Override.Kind", "LocalHoliday"), ("Override.Reason", "镇庙会")];
        var firstAdd = await admin.PostAsync("/Admin/Calendar?handler=AddOverride&year=2029", CalendarPosted(year, holiday), Ct);
        var secondAdd = await admin.PostAsync("/Admin/Calendar?handler=AddOverride&year=2029", CalendarPosted(year, holiday), Ct);
        var overrideId = await app.WithDbAsync(db => db.CalendarOverrides.Where(o => o.RemovedAt == null).Select(o => o.Id).SingleAsync(Ct));
        var withOverride = await admin.GetStringAsync("/Admin/Calendar?year=2029", Ct);
        var firstRemove = await admin.PostAsync($"/Admin/Calendar?handler=RemoveOverride&id={overrideId}&year=2029", CalendarPosted(withOverride, ("RemovalReason", "庙会取消")), Ct);
        var secondRemove = await admin.PostAsync($"/Admin/Calendar?handler=RemoveOverride&id={overrideId}&year=2029", CalendarPosted(withOverride, ("RemovalReason", "庙会取消")), Ct);

        Assert.Matches("name=\"FormToken\" value=\"[0-9a-f]{32}\"", page);
        Assert.All(new[] { firstLoad, secondLoad, firstAdd, secondAdd, firstRemove, secondRemove }, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(firstLoad.Headers.Location, secondLoad.Headers.Location);
        Assert.Equal(firstAdd.Headers.Location, secondAdd.Headers.Location);
        Assert.Equal(firstRemove.Headers.Location, secondRemove.Headers.Location);
        Assert.Contains("本地调整已撤销", await admin.GetStringAsync(secondRemove.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.HolidayNotices.CountAsync(n => n.Year == 2029, Ct)));
        Assert.Equal(1, await app.WithDbAsync(db => db.CalendarOverrides.CountAsync(Ct)));
        Assert.Equal(1, await AuditCountAsync(app, "calendar.notice.load"));
        Assert.Equal(0, await AuditCountAsync(app, "calendar.notice.correct"));
        Assert.Equal(1, await AuditCountAsync(app, "calendar.override.add"));
        Assert.Equal(1, await AuditCountAsync(app, "calendar.override.remove"));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task CalendarOverride_WithoutAReason_ShowsTheMessageBesideIt_KeepsWhatWasTyped_ANonAdministratorIsRefused(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        using var admin = await app.ClientForAsync(Roles.Administrator);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        var page = await admin.GetStringAsync("/Admin/Calendar?year=2029", Ct);

        var refused = await admin.PostAsync("/Admin/Calendar?handler=AddOverride&year=2029",
            CalendarPosted(page, ("Override.Date", "2029-03-15"), ("Override.Kind", "EmergencyClosure"), ("Override.Reason", "")), Ct);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        var byDirector = await director.PostAsync("/Admin/Calendar?handler=AddOverride&year=2029",
            CalendarPosted(page, ("Override.Date", "2029-03-15"), ("Override.Kind", "LocalHoliday"), ("Override.Reason", "镇庙会")), Ct);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("data-valmsg-for=\"Override.Reason\"[^>]*>请填写调整原因", html);
        Assert.Contains("value=\"2029-03-15\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"EmergencyClosure\" selected=\"selected\"", html, StringComparison.Ordinal);
        Assert.Contains("/Accounts/Denied", byDirector.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.CalendarOverrides.CountAsync(Ct)));
        Assert.Equal(0, await AuditCountAsync(app, "calendar.override.add"));
    }

    [GeneratedRegex("name=\"Input.FormToken\" value=\"([0-9a-f]+)\"")]
    private static partial Regex ReferenceToken();

    [GeneratedRegex("name=\"FormToken\" value=\"([0-9a-f]+)\"")]
    private static partial Regex CalendarToken();
}
