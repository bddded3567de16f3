using System.Net;
using System.Text.RegularExpressions;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Supervision;

public sealed partial class BoardPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Board_SheetPastItsDeadline_ShowsRedAfterClockMoves(string provider)
    {
        await using var s = await AssignmentScenario.CreateAsync(provider);
        var (_, sheetId) = await s.ReceivedAsync();
        var number = (await s.SheetAsync(sheetId)).GetProperty("number").GetString()!;

        var before = await (await s.As(AssignmentScenario.Director)).GetStringAsync("/Supervision/Board", Ct);
        s.MoveTo(new DateTimeOffset(2025, 10, 15, 10, 0, 0, TimeSpan.FromHours(8)));
        var dueSoon = await (await s.As(AssignmentScenario.Director)).GetStringAsync("/Supervision/Board", Ct);
        s.MoveTo(new DateTimeOffset(2025, 10, 17, 10, 0, 0, TimeSpan.FromHours(8)));
        var after = await (await s.As(AssignmentScenario.Director)).GetStringAsync("/Supervision/Board", Ct);
        var soonOnly = await (await s.As(AssignmentScenario.Director)).GetStringAsync("/Supervision/Board?due=soon", Ct);

        Assert.Equal("正常", LightOf(before, number));
        Assert.Equal("即将到期", LightOf(dueSoon, number));
        Assert.Equal("已超期", LightOf(after, number));
        Assert.Contains("2025-10-16", after, StringComparison.Ordinal);
        Assert.Equal(1, Count(after, "light-red"));
        Assert.Equal(0, Count(after, "light-green"));
        Assert.DoesNotContain(number, soonOnly, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Assignments/{sheetId}\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_Filters_ByDepartmentStateAndTrack()
    {
        await using var s = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        var (_, justiceSheet) = await s.ReceivedAsync();
        var policeMatter = await s.AcceptedAsync();
        var assigned = await s.PostAsync(AssignmentScenario.Director, $"/api/matters/{policeMatter}/assign",
            new { handlingDepartmentId = s.Town.PoliceStation, coHandlingDepartmentIds = Array.Empty<long>(), requirements = "请依法调处。" });
        var policeSheet = (await AssignmentScenario.Json(assigned)).GetProperty("id").GetInt64();
        var director = await s.As(AssignmentScenario.Director);

        var police = await director.GetStringAsync($"/Supervision/Board?departmentId={s.Town.PoliceStation}", Ct);
        var inHandling = await director.GetStringAsync("/Supervision/Board?state=InHandling", Ct);
        var office = await director.GetStringAsync("/Supervision/Board?track=PartyGovernmentOffice", Ct);
        var village = await director.GetStringAsync($"/Supervision/Board?villageId={s.Town.WestVillage}", Ct);

        Assert.Contains($"/Assignments/{policeSheet}\"", police, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Assignments/{justiceSheet}\"", police, StringComparison.Ordinal);
        Assert.Contains($"/Assignments/{justiceSheet}\"", inHandling, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Assignments/{policeSheet}\"", inHandling, StringComparison.Ordinal);
        Assert.Contains("没有符合条件的督办事项", office, StringComparison.Ordinal);
        Assert.Contains("没有符合条件的督办事项", village, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_RefusedRolesAndScopes_SeeNothingTheyMayNot()
    {
        await using var s = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        var (_, sheetId) = await s.ReceivedAsync();
        var topLeader = await s.App.CreateUserAsync("top", Roles.TopLeader);
        var about = await s.PostAsync(AssignmentScenario.Clerk, "/api/matters", s.Town.Visit("关于党政一把手的投诉", respondentUserId: topLeader.Id, receivedAt: "2025-09-30T09:30:00+08:00"));
        var aboutId = (await AssignmentScenario.Json(about)).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await s.PostAsync(AssignmentScenario.Director, $"/api/matters/{aboutId}/accept", new { complexity = "General" })).StatusCode);
        var hidden = await s.PostAsync(AssignmentScenario.Director, $"/api/matters/{aboutId}/assign",
            new { handlingDepartmentId = s.Town.PoliceStation, coHandlingDepartmentIds = Array.Empty<long>(), requirements = "请依法调处。" });
        var hiddenSheet = (await AssignmentScenario.Json(hidden)).GetProperty("id").GetInt64();

        var handler = await (await s.As(AssignmentScenario.JusticeHandler)).GetAsync("/Supervision/Board", Ct);
        var officeHtml = await (await s.As(AssignmentScenario.Office)).GetStringAsync("/Supervision/Board", Ct);
        var leaderHtml = await (await s.As("top")).GetStringAsync("/Supervision/Board", Ct);
        var directorHtml = await (await s.As(AssignmentScenario.Director)).GetStringAsync("/Supervision/Board", Ct);

        Assert.Equal(HttpStatusCode.Redirect, handler.StatusCode);
        Assert.Contains("/Accounts/Denied", handler.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Assignments/{sheetId}\"", officeHtml, StringComparison.Ordinal);
        Assert.Contains($"/Assignments/{sheetId}\"", leaderHtml, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Assignments/{hiddenSheet}\"", leaderHtml, StringComparison.Ordinal);
        Assert.Contains($"/Assignments/{hiddenSheet}\"", directorHtml, StringComparison.Ordinal);
    }

    /// <summary>The light label of the row that links to the sheet numbered <paramref name="number"/>.</summary>
    private static string LightOf(string html, string number)
    {
        var row = Row().Matches(html).Select(m => m.Value).Single(r => r.Contains(number, StringComparison.Ordinal));
        return LightLabel().Match(row).Groups[1].Value;
    }

    private static int Count(string html, string css) => Row().Matches(html).Count(m => m.Value.StartsWith($"<tr class=\"{css}\"", StringComparison.Ordinal));

    [GeneratedRegex("<tr class=\"light-[a-z]+\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<span class=\"light [a-z-]+\">([^<]+)</span>")]
    private static partial Regex LightLabel();
}
