using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Information.InformationPagesTests;

namespace Zongzhi.Tests.Features.Information;

/// <summary>
/// 开展排查 (/Information/Screenings/Open) carries the one-time form token (D5): the same form posted twice opens one
/// campaign with one audit entry, and both posts lead to that campaign's page. (The form creates a record, so it has no
/// version to go stale.)
/// </summary>
public sealed partial class ScreeningOpenFormTests
{
    private const string Url = "/Information/Screenings/Open";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FormUrlEncodedContent Posted(string html, TownFixture town, string title) => Form(Token(html),
        ("Input.FormToken", FormTokenField().Match(html).Groups[1].Value), ("Input.Title", title), ("Input.Focus", "征地拆迁、劳资纠纷"),
        ("Input.StartsOn", "2026-11-28"), ("Input.EndsOn", "2026-12-10"), ("Input.VillageIds", $"{town.EastVillage}"), ("Input.DepartmentIds", $"{town.PoliceStation}"));

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Open_PostedTwiceWithTheSameForm_OpensOneCampaignWithOneAuditEntry_BothLeadToIt(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        var page = await director.GetStringAsync(Url, Ct);

        var first = await director.PostAsync(Url, Posted(page, town, "元旦前矛盾纠纷集中排查"), Ct);
        var second = await director.PostAsync(Url, Posted(page, town, "元旦前矛盾纠纷集中排查"), Ct);
        var another = await director.PostAsync(Url, Posted(await director.GetStringAsync(Url, Ct), town, "春节前矛盾纠纷集中排查"), Ct);

        Assert.Matches("name=\"Input.FormToken\" value=\"[0-9a-f]{32}\"", page);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.StartsWith("/Information/Screenings/Details/", second.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("排查已开展", await director.GetStringAsync(second.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
        Assert.NotEqual(first.Headers.Location, another.Headers.Location);
        Assert.Equal(1, await app.WithDbAsync(db => db.ScreeningCampaigns.CountAsync(c => c.Title == "元旦前矛盾纠纷集中排查", Ct)));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "screening.open", Ct)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Open_WithAnInvalidField_ShowsTheMessageBesideIt_KeepsWhatWasTyped_TheNewFormStillOpens(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        var page = await director.GetStringAsync(Url, Ct);

        var refused = await director.PostAsync(Url, Posted(page, town, ""), Ct);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        var retried = await director.PostAsync(Url, Posted(html, town, "元旦前矛盾纠纷集中排查"), Ct);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("data-valmsg-for=\"Input.Title\"[^>]*>请填写排查名称", html);
        Assert.Contains("征地拆迁、劳资纠纷</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-12-10\"", html, StringComparison.Ordinal);
        Assert.Matches($"value=\"{town.EastVillage}\" checked=\"checked\"", html);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.ScreeningCampaigns.CountAsync(Ct)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Open_ByARoleOtherThanTheDirector_IsRefused_NothingOpened(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        var page = await director.GetStringAsync(Url, Ct);

        var get = await clerk.GetAsync(Url, Ct);
        var post = await clerk.PostAsync(Url, Posted(page, town, "元旦前矛盾纠纷集中排查"), Ct);

        Assert.Contains("/Accounts/Denied", get.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Contains("/Accounts/Denied", post.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ScreeningCampaigns.CountAsync(Ct)));
    }

    [GeneratedRegex("name=\"Input.FormToken\" value=\"([0-9a-f]+)\"")]
    private static partial Regex FormTokenField();
}
