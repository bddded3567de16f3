using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Information;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Information;

public sealed partial class InformationPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task RegisterPage_SavesItemWithAttachment_RefusesBadInputAndOtherVillageKeepingValues(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        using var westReporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.WestVillage);
        var html = await clerk.GetStringAsync("/Information/Register", Ct);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% 现场照片说明\n%%EOF\n");

        var saved = await clerk.PostAsync("/Information/Register", Multipart(ItemFields(town, Token(html), FormToken(html), "Reception"), pdf, "现场材料.pdf"), Ct);
        var replayed = await clerk.PostAsync("/Information/Register", Multipart(ItemFields(town, Token(html), FormToken(html), "Reception"), pdf, "现场材料.pdf"), Ct);
        var badFields = ItemFields(town, Token(html), Guid.NewGuid().ToString("N"), "Reception")
            .Where(f => f.Key is not "Input.Category" and not "Input.Summary").ToList();
        var bad = await clerk.PostAsync("/Information/Register", Multipart(badFields, null, null), Ct);
        var badHtml = await bad.Content.ReadAsStringAsync(Ct);
        var westHtml = await westReporter.GetStringAsync("/Information/Register", Ct);
        var otherVillage = await westReporter.PostAsync("/Information/Register",
            Multipart(ItemFields(town, Token(westHtml), FormToken(westHtml), "Village"), null, null), Ct);
        var otherVillageHtml = await otherVillage.Content.ReadAsStringAsync(Ct);
        var badFile = await clerk.PostAsync("/Information/Register",
            Multipart(ItemFields(town, Token(html), Guid.NewGuid().ToString("N"), "Reception"), "MZ\u0090"u8.ToArray(), "photo.pdf"), Ct);
        var noToken = await clerk.PostAsync("/Information/Register",
            Multipart(ItemFields(town, "", Guid.NewGuid().ToString("N"), "Reception").Where(f => f.Key != "__RequestVerificationToken").ToList(), null, null), Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(saved.Headers.Location, replayed.Headers.Location);
        var details = await clerk.GetStringAsync(saved.Headers.Location!.OriginalString, Ct);
        Assert.Contains("XX-2026-000001", details, StringComparison.Ordinal);
        Assert.Contains("现场材料.pdf", details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Matches("data-valmsg-for=\"Input.Category\"[^>]*>请选择纠纷类别", badHtml);
        Assert.Matches("data-valmsg-for=\"Input.Summary\"[^>]*>请填写信息摘要", badHtml);
        Assert.Contains("value=\"东村三组水塘边\"", badHtml, StringComparison.Ordinal);
        Assert.Matches("data-valmsg-for=\"Input.Source\"[^>]*>村\\(社区\\)信息员只能登记本村\\(社区\\)的信息", otherVillageHtml);
        Assert.Contains("只接受 PDF", await badFile.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.InformationItems.CountAsync(Ct)));
        var attachment = await app.WithDbAsync(db => db.Attachments.SingleAsync(Ct));
        Assert.NotNull(attachment.InformationItemId);
        Assert.Null(attachment.MatterId);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "attachment.upload" && a.EntityType == "InformationItem", Ct)));
        var download = await clerk.GetAsync($"/api/attachments/{attachment.Id}", Ct);
        var refusedDownload = await westReporter.GetAsync($"/api/attachments/{attachment.Id}", Ct);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, refusedDownload.StatusCode);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task ItemPages_DirectorNotesAnalysesTurnsIntoMatterAndCloses_OtherVillageGets404(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var eastReporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.EastVillage);
        using var westReporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.WestVillage);
        var noted = await RegisterApiAsync(eastReporter, town, "Village", "东村排水沟纠纷");
        var toMatter = await RegisterApiAsync(director, town, "Reception", "来访反映工资拖欠");
        var toClose = await RegisterApiAsync(director, town, "Reception", "咨询政策");

        var token = Token(await director.GetStringAsync($"/Information/Details/{noted}", Ct));
        var note = await director.PostAsync($"/Information/Details/{noted}?handler=Note", Form(token, ("Form.Version", await VersionAsync(app, noted)), ("Form.Note", "已知悉，村里继续调处")), Ct);
        var analyse = await director.PostAsync($"/Information/Details/{noted}?handler=Analyse",
            Form(token, ("Form.Version", await VersionAsync(app, noted)), ("Form.CauseTags", "边界不清、历史遗留"), ("Form.CharacteristicTags", "邻里")), Ct);
        var matter = await director.PostAsync($"/Information/Details/{toMatter}?handler=ToMatter",
            Form(token, ("Form.Version", await VersionAsync(app, toMatter)), ("Form.PartyName", "王五"), ("Form.PartyPhone", "13900001111")), Ct);
        var noReason = await director.PostAsync($"/Information/Details/{toClose}?handler=Close", Form(token, ("Form.Version", await VersionAsync(app, toClose)), ("Form.Reason", "")), Ct);
        var noReasonHtml = await noReason.Content.ReadAsStringAsync(Ct);
        var closed = await director.PostAsync($"/Information/Details/{toClose}?handler=Close", Form(token, ("Form.Version", await VersionAsync(app, toClose)), ("Form.Reason", "已当场答复")), Ct);
        var reporterToken = Token(await eastReporter.GetStringAsync($"/Information/Details/{noted}", Ct));
        var reporterNote = await eastReporter.PostAsync($"/Information/Details/{noted}?handler=Close", Form(reporterToken, ("Form.Reason", "自行关闭")), Ct);
        var westDetails = await westReporter.GetAsync($"/Information/Details/{noted}", Ct);
        var westList = await westReporter.GetStringAsync("/Information/Items", Ct);
        var eastList = await eastReporter.GetStringAsync("/Information/Items?source=Village", Ct);
        var directorList = await director.GetStringAsync("/Information/Items?outcome=Closed", Ct);

        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, analyse.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, matter.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Matches("data-valmsg-for=\"Form.Reason\"[^>]*>请填写关闭理由", noReasonHtml);
        Assert.Contains("无权执行此操作", await reporterNote.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, westDetails.StatusCode);
        Assert.DoesNotContain("东村排水沟纠纷", westList, StringComparison.Ordinal);
        Assert.Contains("东村排水沟纠纷", eastList, StringComparison.Ordinal);
        Assert.DoesNotContain("来访反映工资拖欠", eastList, StringComparison.Ordinal);
        Assert.Contains("咨询政策", directorList, StringComparison.Ordinal);
        Assert.DoesNotContain("东村排水沟纠纷", directorList, StringComparison.Ordinal);
        var items = await app.WithDbAsync(db => db.InformationItems.OrderBy(i => i.Id).ToListAsync(Ct));
        Assert.Equal(InformationStatus.Analysed, items[0].Status);
        Assert.Equal(["边界不清", "历史遗留"], items[0].CauseTags);
        Assert.Equal(InformationOutcome.TurnedIntoMatter, items[1].Outcome);
        Assert.Equal(InformationOutcome.Closed, items[2].Outcome);
        var matterNumber = await app.WithDbAsync(db => db.Matters.Where(m => m.Id == items[1].MatterId).Select(m => m.Number).SingleAsync(Ct));
        Assert.Contains($"事项 {matterNumber}", await director.GetStringAsync($"/Information/Details/{toMatter}", Ct), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "information.view" && a.EntityId == $"{noted}", Ct)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task EmergencyPage_EachRecipientAcknowledgesOnce_DispatchAndArrivalRecorded_WorkbenchShowsOpenUntilClosed(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var leader = await app.ClientForAsync(Roles.TopLeader);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        using var informant = await app.ClientForAsync(Roles.Informant);
        var html = await informant.GetStringAsync("/Information/Register", Ct);
        var registered = await informant.PostAsync("/Information/Register",
            Multipart(ItemFields(town, Token(html), FormToken(html), "MajorIncident", "数十人聚集镇政府门口"), null, null), Ct);
        var url = registered.Headers.Location!.OriginalString;
        var id = long.Parse(url[(url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

        var leaderBoard = await leader.GetStringAsync("/", Ct);
        var clerkBoard = await clerk.GetStringAsync("/", Ct);
        var leaderPage = await leader.GetStringAsync(url, Ct);
        var acknowledged = await leader.PostAsync(url + "?handler=Acknowledge", Form(Token(leaderPage)), Ct);
        var again = await leader.PostAsync(url + "?handler=Acknowledge", Form(Token(leaderPage)), Ct);
        var notRecipient = await clerk.PostAsync(url + "?handler=Acknowledge", Form(Token(await clerk.GetStringAsync(url, Ct))), Ct);
        var token = Token(await director.GetStringAsync(url, Ct));
        var noStaff = await director.PostAsync(url + "?handler=Dispatch", Form(token, ("Form.Staff", ""), ("Form.SentAt", "2026-11-28T09:40")), Ct);
        var dispatched = await director.PostAsync(url + "?handler=Dispatch", Form(token, ("Form.Staff", "综治中心副主任、派出所民警2名"), ("Form.SentAt", "2026-11-28T09:40")), Ct);
        var dispatchId = await app.WithDbAsync(db => db.InformationItems.Where(i => i.Id == id).SelectMany(i => i.Dispatches).Select(d => d.Id).SingleAsync(Ct));
        var arrived = await director.PostAsync(url + "?handler=Arrive",
            Form(token, ("Form.DispatchId", $"{dispatchId}"), ("Form.ArrivedAt", "2026-11-28T09:55"), ("Form.Findings", "群众情绪基本稳定，已劝离")), Ct);
        var page = await director.GetStringAsync(url, Ct);
        var closed = await director.PostAsync(url + "?handler=Close", Form(token, ("Form.Version", await VersionAsync(app, id)), ("Form.Reason", "已妥善处置")), Ct);
        var boardAfter = await leader.GetStringAsync("/", Ct);

        Assert.Contains("已立即报告", await informant.GetStringAsync(url, Ct), StringComparison.Ordinal);
        Assert.Contains("未结束的紧急信息（1）", leaderBoard, StringComparison.Ordinal);
        Assert.Contains("XX-2026-000001", leaderBoard, StringComparison.Ordinal);
        Assert.DoesNotContain("未结束的紧急信息", clerkBoard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        Assert.Contains("您已确认收悉", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("您不是该紧急信息的报告对象", await notRecipient.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Matches("data-valmsg-for=\"Form.Staff\"[^>]*>请填写派出人员", await noStaff.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, dispatched.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, arrived.StatusCode);
        Assert.Contains("群众情绪基本稳定，已劝离", page, StringComparison.Ordinal);
        Assert.Contains("2026-11-28 09:55", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Contains("未结束的紧急信息（0）", boardAfter, StringComparison.Ordinal);
        var acknowledgements = await app.WithDbAsync(db => db.InformationItems.Where(i => i.Id == id).SelectMany(i => i.Acknowledgements).ToListAsync(Ct));
        Assert.Equal(2, acknowledgements.Count);
        Assert.Single(acknowledgements, a => a.AcknowledgedAt is not null);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "information.acknowledge", Ct)));
    }

    private static async Task<long> RegisterApiAsync(HttpClient client, TownFixture town, string source, string summary)
    {
        var response = await client.PostAsJsonAsync("/api/information", InformationApiTests.Item(source, town.EastVillage, summary), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
    }

    private static async Task<string> VersionAsync(ZongzhiAppFactory app, long id) =>
        $"{await app.WithDbAsync(db => db.InformationItems.Where(i => i.Id == id).Select(i => EF.Property<int>(i, "Version")).SingleAsync(Ct))}";

    internal static List<KeyValuePair<string, string>> ItemFields(TownFixture town, string token, string formToken, string source, string summary = "两户因排水沟发生争执") =>
    [
        new("__RequestVerificationToken", token),
        new("Input.FormToken", formToken),
        new("Input.Source", source),
        new("Input.VillageId", $"{town.EastVillage}"),
        new("Input.Category", "neighbour"),
        new("Input.Severity", "Serious"),
        new("Input.OccurredAt", "2026-11-28T08:00"),
        new("Input.Place", "东村三组水塘边"),
        new("Input.PeopleInvolved", "6"),
        new("Input.Summary", summary),
        new("Input.Description", "双方情绪激动，需及时调处。"),
    ];

    internal static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> fields, byte[]? file, string? fileName, string fileField = "Input.Attachment")
    {
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, fileField, fileName!);
        }

        return content;
    }

    internal static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    internal static string Token(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    private static string FormToken(string html) => FormTokenField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"Input.FormToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenField();
}
