using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Matters;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Matters;

public sealed partial class MatterPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RegisterPage_PostedTwiceWithSameFormToken_CreatesOneMatter()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        var html = await clerk.GetStringAsync("/Matters/Register", Ct);
        var fields = VisitFields(town, Token(html), FormToken(html));

        var first = await clerk.PostAsync("/Matters/Register", new FormUrlEncodedContent(fields), Ct);
        var second = await clerk.PostAsync("/Matters/Register", new FormUrlEncodedContent(fields), Ct);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await app.WithDbAsync(db => db.Matters.CountAsync(Ct)));
        var details = await clerk.GetStringAsync(first.Headers.Location!.OriginalString, Ct);
        Assert.Contains("ZZ-2026-000001", details, StringComparison.Ordinal);
        Assert.Contains("打印回执", details, StringComparison.Ordinal);
        var receipt = await clerk.GetStringAsync(first.Headers.Location!.OriginalString.Replace("Details", "Receipt", StringComparison.Ordinal), Ct);
        Assert.Contains("示范镇", receipt, StringComparison.Ordinal);
        Assert.Contains("张*", receipt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterPage_InvalidInput_ShowsChineseMessagesBesideFieldsAndKeepsInput()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        var html = await clerk.GetStringAsync("/Matters/Register", Ct);
        var fields = VisitFields(town, Token(html), FormToken(html))
            .Where(f => f.Key != "Input.Category")
            .Select(f => f.Key == "Input.Parties[0].Phone" ? new KeyValuePair<string, string>(f.Key, "12345") : f).ToList();

        var response = await clerk.PostAsync("/Matters/Register", new FormUrlEncodedContent(fields), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("请选择纠纷类别", page, StringComparison.Ordinal);
        Assert.Matches("data-valmsg-for=\"Input.Parties\\[0\\].Phone\"[^>]*>联系电话格式不正确", page);
        Assert.Contains("value=\"邻里宅基地边界纠纷\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"12345\"", page, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Matters.CountAsync(Ct)));
    }

    [Fact]
    public async Task RegisterPage_SamePhoneHasOpenMatter_WarnsButRegisters()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        await clerk.PostAsJsonAsync("/api/matters", town.Visit("先前的事项"), Ct);
        var html = await clerk.GetStringAsync("/Matters/Register", Ct);

        var response = await clerk.PostAsync("/Matters/Register", new FormUrlEncodedContent(VisitFields(town, Token(html), FormToken(html))), Ct);
        var details = await clerk.GetStringAsync(response.Headers.Location!.OriginalString, Ct);

        Assert.Contains("已有未办结的事项：ZZ-2026-000001", details, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.Matters.CountAsync(Ct)));
    }

    [Fact]
    public async Task DetailsPage_MasksPartiesAndRevealNeedsReasonAndIsAudited()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        var id = await RegisterAsync(director, town);
        var url = $"/Matters/Details/{id}";

        var html = await director.GetStringAsync(url, Ct);
        var partyId = await app.WithDbAsync(db => db.Parties.Where(p => p.Role == PartyRole.Complainant).Select(p => p.Id).SingleAsync(Ct));
        var noReason = await director.PostAsync(url + "?handler=Reveal", Form(Token(html), ("Form.PartyId", $"{partyId}"), ("Form.RevealReason", "")), Ct);
        var noReasonHtml = await noReason.Content.ReadAsStringAsync(Ct);
        var revealed = await director.PostAsync(url + "?handler=Reveal", Form(Token(html), ("Form.PartyId", $"{partyId}"), ("Form.RevealReason", "回访需要联系当事人")), Ct);
        var revealedHtml = await revealed.Content.ReadAsStringAsync(Ct);

        Assert.Contains("138****5678", html, StringComparison.Ordinal);
        Assert.Contains("110105********002X", html, StringComparison.Ordinal);
        Assert.Contains("张*", html, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", html, StringComparison.Ordinal);
        Assert.Contains("请填写查看理由", noReasonHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", noReasonHtml, StringComparison.Ordinal);
        Assert.Contains("13812345678", revealedHtml, StringComparison.Ordinal);
        Assert.Contains("11010519491231002X", revealedHtml, StringComparison.Ordinal);
        var reveals = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "personalData.reveal").ToListAsync(Ct));
        var entry = Assert.Single(reveals);
        Assert.Equal($"{partyId}", entry.EntityId);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "matter.view" && a.EntityId == $"{id}", Ct)));
    }

    [Fact]
    public async Task DetailsPage_UserOutsideScope_Gets404()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var westReporter = await app.ClientForAsync(Roles.VillageReporter, villageId: town.WestVillage);
        using var handler = await app.ClientForAsync(Roles.DepartmentHandler, departmentId: town.PoliceStation);
        var id = await RegisterAsync(director, town);

        var reporter = await westReporter.GetAsync($"/Matters/Details/{id}", Ct);
        var staff = await handler.GetAsync($"/Matters/Details/{id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, reporter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, staff.StatusCode);
    }

    [Fact]
    public async Task DetailsPage_DirectorAccepts_AndStaleVersionIsRefusedWithReloadLink()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        var id = await RegisterAsync(director, town);
        var url = $"/Matters/Details/{id}";
        var token = Token(await director.GetStringAsync(url, Ct));
        var version = await app.WithDbAsync(db => db.Matters.Where(m => m.Id == id).Select(m => EF.Property<int>(m, "Version")).SingleAsync(Ct));

        var accepted = await director.PostAsync(url + "?handler=Accept",
            Form(token, ("Form.Version", $"{version}"), ("Form.Complexity", "General"), ("Form.Track", "Center")), Ct);
        var stale = await director.PostAsync(url + "?handler=Decline", Form(token, ("Form.Version", $"{version}"), ("Form.Reason", "不属于受理范围")), Ct);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(MatterStatus.Accepted, await app.WithDbAsync(db => db.Matters.Where(m => m.Id == id).Select(m => m.Status).SingleAsync(Ct)));
        var staleHtml = await stale.Content.ReadAsStringAsync(Ct);
        Assert.Contains("已被他人修改，请刷新", staleHtml, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Matters/Details/{id}\"", staleHtml, StringComparison.Ordinal);
        var page = await director.GetStringAsync(url, Ct);
        Assert.Contains("已受理", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_ByPhone_FindsMatterWithMaskedName()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        await RegisterAsync(clerk, town);

        var url = await SearchPage.ResultUrlAsync(clerk, "13812345678");
        var html = await clerk.GetStringAsync(url, Ct);

        Assert.DoesNotContain("13812345678", url, StringComparison.Ordinal);

        Assert.Contains("ZZ-2026-000001", html, StringComparison.Ordinal);
        Assert.Contains("张*", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">张三<", html, StringComparison.Ordinal);
    }

    private static async Task<long> RegisterAsync(HttpClient client, TownFixture town)
    {
        var response = await client.PostAsJsonAsync("/api/matters", town.Visit(), Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
    }

    private static List<KeyValuePair<string, string>> VisitFields(TownFixture town, string token, string formToken) =>
    [
        new("__RequestVerificationToken", token),
        new("Input.FormToken", formToken),
        new("Input.Channel", "Visit"),
        new("Input.ReceivedAt", "2026-11-28T09:30"),
        new("Input.VillageId", $"{town.EastVillage}"),
        new("Input.Category", "neighbour"),
        new("Input.Summary", "邻里宅基地边界纠纷"),
        new("Input.Description", "来访人反映与邻居因宅基地边界发生争执，请求调解。"),
        new("Input.Parties[0].Role", "Complainant"),
        new("Input.Parties[0].Name", "张三"),
        new("Input.Parties[0].Phone", "13812345678"),
        new("Input.Parties[0].IdNumber", "11010519491231002X"),
        new("Input.Parties[0].Address", "东村三组12号"),
        new("Input.Parties[1].Role", "Respondent"),
        new("Input.Parties[1].Name", ""),
    ];

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    private static string Token(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    private static string FormToken(string html) => FormTokenField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"Input.FormToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenField();
}
