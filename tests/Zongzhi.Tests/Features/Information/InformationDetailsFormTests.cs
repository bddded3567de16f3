using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Information;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Information.InformationPagesTests;

namespace Zongzhi.Tests.Features.Information;

/// <summary>
/// The forms of the information page (/Information/Details) carry the one-time form token (D5): the same 派员 or 附件
/// form posted twice — a double click, or a retry after a lost answer — saves one record with one audit entry, and both
/// posts land on the item's page; a stale version shows 已被他人修改 with a reload link; a refused field keeps what was typed.
/// </summary>
public sealed partial class InformationDetailsFormTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(ZongzhiAppFactory App, string Url, long Id)> EmergencyAsync(string provider)
    {
        var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var informant = await app.ClientForAsync(Roles.Informant);
        var html = await informant.GetStringAsync("/Information/Register", Ct);
        var registered = await informant.PostAsync("/Information/Register",
            Multipart(ItemFields(town, Token(html), Guid.NewGuid().ToString("N"), "MajorIncident", "数十人聚集镇政府门口"), null, null), Ct);
        var url = registered.Headers.Location!.OriginalString;
        return (app, url, long.Parse(url[(url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static FormUrlEncodedContent Posted(string html, params (string Key, string Value)[] fields) =>
        Form(Token(html), [("Form.FormToken", FormToken(html)), .. fields]);

    private static MultipartFormDataContent Upload(string html, byte[]? file, string description) =>
        Multipart([new("__RequestVerificationToken", Token(html)), new("Form.FormToken", FormToken(html)), new("Form.FileDescription", description)],
            file, file is null ? null : "现场照片说明.pdf", "Form.File");

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Dispatch_PostedTwiceWithTheSameForm_RecordsOneDispatchAndOneAuditEntry_BothLandOnTheItem(string provider)
    {
        var (app, url, id) = await EmergencyAsync(provider);
        await using var _ = app;
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        var page = await director.GetStringAsync(url, Ct);
        (string, string)[] fields = [("Form.Staff", "综治中心副主任、派出所民警2名"), ("Form.SentAt", "2026-11-28T09:40")];

        var first = await director.PostAsync(url + "?handler=Dispatch", Posted(page, fields), Ct);
        var second = await director.PostAsync(url + "?handler=Dispatch", Posted(page, fields), Ct);

        Assert.Matches("name=\"Form.FormToken\" value=\"[0-9a-f]{32}\"", page);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Contains("派员记录已保存", await director.GetStringAsync(second.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.InformationItems.Where(i => i.Id == id).SelectMany(i => i.Dispatches).CountAsync(Ct)));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "information.dispatch", Ct)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Attach_PostedTwiceWithTheSameForm_SavesOneFileAndOneAuditEntry_BothLandOnTheItem(string provider)
    {
        var (app, url, id) = await EmergencyAsync(provider);
        await using var _ = app;
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        var page = await clerk.GetStringAsync(url, Ct);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% 现场照片说明\n%%EOF\n");

        var first = await clerk.PostAsync(url + "?handler=Attach", Upload(page, pdf, "现场照片"), Ct);
        var second = await clerk.PostAsync(url + "?handler=Attach", Upload(page, pdf, "现场照片"), Ct);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Contains("附件已上传", await clerk.GetStringAsync(second.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Attachments.CountAsync(a => a.InformationItemId == id, Ct)));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "attachment.upload" && a.EntityType == "InformationItem", Ct)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Close_WithAStaleVersion_Shows已被他人修改WithAReloadLink_KeepsTheReason(string provider)
    {
        var (app, url, id) = await EmergencyAsync(provider);
        await using var _ = app;
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        var page = await director.GetStringAsync(url, Ct);
        var version = Regex.Match(page, "name=\"Form.Version\" value=\"(\\d+)\"").Groups[1].Value;
        using var otherDirector = await app.ClientForAsync(Roles.CenterDirector);
        Assert.Equal(HttpStatusCode.Redirect, (await otherDirector.PostAsync(url + "?handler=Note",
            Posted(await otherDirector.GetStringAsync(url, Ct), ("Form.Version", version), ("Form.Note", "已知悉，派员处置")), Ct)).StatusCode);

        var stale = await director.PostAsync(url + "?handler=Close", Posted(page, ("Form.Version", version), ("Form.Reason", "现场已处置完毕，群众已散去")), Ct);
        var html = await stale.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("已被他人修改", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Information/Details/{id}\">刷新，查看最新内容</a>", html, StringComparison.Ordinal);
        Assert.Contains("现场已处置完毕，群众已散去</textarea>", html, StringComparison.Ordinal);
        Assert.Equal(InformationOutcome.Noted, await app.WithDbAsync(db => db.InformationItems.Where(i => i.Id == id).Select(i => i.Outcome).SingleAsync(Ct)));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "information.handle", Ct)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task DispatchAndAttach_WithAMissingField_ShowTheMessageBesideIt_KeepWhatWasTyped_ThenTheSameFormStillSaves(string provider)
    {
        var (app, url, id) = await EmergencyAsync(provider);
        await using var _ = app;
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        var page = await director.GetStringAsync(url, Ct);

        var noStaff = await (await director.PostAsync(url + "?handler=Dispatch", Posted(page, ("Form.Staff", " "), ("Form.SentAt", "2026-11-28T09:40")), Ct))
            .Content.ReadAsStringAsync(Ct);
        var noFile = await (await director.PostAsync(url + "?handler=Attach", Upload(page, null, "群众聚集现场照片"), Ct)).Content.ReadAsStringAsync(Ct);
        var retried = await director.PostAsync(url + "?handler=Dispatch", Posted(noStaff, ("Form.Staff", "派出所民警2名"), ("Form.SentAt", "2026-11-28T09:40")), Ct);

        Assert.Matches("data-valmsg-for=\"Form.Staff\"[^>]*>请填写派出人员", noStaff);
        Assert.Contains("value=\"2026-11-28T09:40\"", noStaff, StringComparison.Ordinal);
        Assert.Matches("data-valmsg-for=\"Form.File\"[^>]*>请选择要上传的文件", noFile);
        Assert.Contains("value=\"群众聚集现场照片\"", noFile, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.InformationItems.Where(i => i.Id == id).SelectMany(i => i.Dispatches).CountAsync(Ct)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Attachments.CountAsync(Ct)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task DispatchAndAttach_ByARoleWithoutThePower_AreRefused_NothingSaved(string provider)
    {
        var (app, url, id) = await EmergencyAsync(provider);
        await using var _ = app;
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        using var auditor = await app.ClientForAsync(Roles.Auditor);
        var clerkPage = await clerk.GetStringAsync(url, Ct);
        var auditorPage = await auditor.GetStringAsync(url, Ct);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");

        var dispatch = await clerk.PostAsync(url + "?handler=Dispatch", Posted(clerkPage, ("Form.Staff", "派出所民警2名"), ("Form.SentAt", "2026-11-28T09:40")), Ct);
        var attach = await auditor.PostAsync(url + "?handler=Attach", Upload(auditorPage, pdf, "照片"), Ct);

        Assert.DoesNotContain("<h3>记录派员</h3>", clerkPage, StringComparison.Ordinal);
        Assert.Contains("无权执行此操作", await dispatch.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, attach.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.InformationItems.Where(i => i.Id == id).SelectMany(i => i.Dispatches).CountAsync(Ct)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Attachments.CountAsync(Ct)));
    }

    private static string FormToken(string html) => FormTokenField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"Form.FormToken\" value=\"([0-9a-f]+)\"")]
    private static partial Regex FormTokenField();
}
