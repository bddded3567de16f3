using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.SelfService;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Assignments.AssignmentScenario;
using static Zongzhi.Tests.Features.SelfService.SelfServiceTests;

namespace Zongzhi.Tests.Features.SelfService;

/// <summary>
/// 不满意评价复核 (/SelfService/Reviews) carries the one-time form token and the review's version (D5): the same
/// conclusion posted twice orders one re-handling with one audit entry and both posts land on the queue; a review a
/// colleague concluded meanwhile shows 已被他人修改 with a reload link and what was typed; a refused field keeps what was typed.
/// </summary>
public sealed partial class ReviewPageFormsTests
{
    private const string Url = "/SelfService/Reviews";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(AssignmentScenario Town, long ReviewId, long SheetId)> UnsatisfiedAsync(string provider)
    {
        var town = await CreateAsync(provider);
        using var citizen = Anonymous(town.App);
        var matterId = await town.AcceptedAsync();
        var number = await NumberAsync(town, matterId);
        var code = await IssueCodeAsync(town, matterId);
        var sheetId = await AssignAndReceiveAsync(town, matterId);
        await CloseAsync(town, matterId, sheetId);
        var rated = await citizen.PostAsJsonAsync("/api/self-service/evaluation", new { number, code, rating = "Unsatisfied", comment = "边界还是没量清楚。" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, rated.StatusCode);
        return (town, await town.App.WithDbAsync(db => db.SatisfactionReviews.Select(r => r.Id).SingleAsync(Ct)), sheetId);
    }

    private static FormUrlEncodedContent Posted(string html, long reviewId, params (string Key, string Value)[] fields) => new(
    [
        new("__RequestVerificationToken", Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value),
        new("FormToken", FormTokenField().Match(html).Groups[1].Value),
        new("ReviewId", $"{reviewId}"),
        new("Input.Version", Regex.Match(html, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value),
        .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)),
    ]);

    private static Task<int> ReviewAuditsAsync(AssignmentScenario town) =>
        town.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "selfservice.review", Ct));

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Review_PostedTwiceWithTheSameForm_OrdersOneRehandlingWithOneAuditEntry_BothLandOnTheQueue(string provider)
    {
        var (town, reviewId, sheetId) = await UnsatisfiedAsync(provider);
        await using var _ = town;
        var director = await town.As(Director);
        var page = await director.GetStringAsync(Url, Ct);
        (string, string)[] fields = [("Input.Outcome", "RehandlingOrdered"), ("Input.Note", "请会同国土所重新测量边界。")];

        var first = await director.PostAsync(Url, Posted(page, reviewId, fields), Ct);
        var second = await director.PostAsync(Url, Posted(page, reviewId, fields), Ct);

        Assert.Matches("name=\"FormToken\" value=\"[0-9a-f]{32}\"", page);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Contains("已责令重新办理", await PageForm.FollowAsync(director, second), StringComparison.Ordinal);
        Assert.Equal(2, (await town.SheetAsync(sheetId)).GetProperty("rounds").GetArrayLength());
        Assert.Equal(SatisfactionReviewOutcome.RehandlingOrdered, await town.App.WithDbAsync(db => db.SatisfactionReviews.Select(r => r.Outcome).SingleAsync(Ct)));
        Assert.Equal(1, await ReviewAuditsAsync(town));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Review_AfterAColleagueConcludedIt_Shows已被他人修改WithAReloadLink_AndWhatWasTyped(string provider)
    {
        var (town, reviewId, sheetId) = await UnsatisfiedAsync(provider);
        await using var _ = town;
        var director = await town.As(Director);
        using var colleague = await town.App.ClientForAsync(Roles.CenterDirector);
        var page = await director.GetStringAsync(Url, Ct);
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.PostAsync(Url,
            Posted(await colleague.GetStringAsync(Url, Ct), reviewId, ("Input.Outcome", "Upheld"), ("Input.Note", "经核实已依法办结，维持。")), Ct)).StatusCode);

        var stale = await director.PostAsync(Url, Posted(page, reviewId, ("Input.Outcome", "RehandlingOrdered"), ("Input.Note", "请重新测量边界并当面答复。")), Ct);
        var html = await stale.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("已被他人修改", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Url}\">刷新，查看最新内容</a>", html, StringComparison.Ordinal);
        Assert.Contains("请重新测量边界并当面答复。", html, StringComparison.Ordinal);
        Assert.Equal(SatisfactionReviewOutcome.Upheld, await town.App.WithDbAsync(db => db.SatisfactionReviews.Select(r => r.Outcome).SingleAsync(Ct)));
        Assert.Equal(1, (await town.SheetAsync(sheetId)).GetProperty("rounds").GetArrayLength());
        Assert.Equal(1, await ReviewAuditsAsync(town));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Review_WithAMissingField_ShowsTheMessageBesideIt_KeepsWhatWasTyped_OtherRolesAreRefused(string provider)
    {
        var (town, reviewId, _) = await UnsatisfiedAsync(provider);
        await using var __ = town;
        var director = await town.As(Director);
        var office = await town.As(Office);
        var handler = await town.As(JusticeHandler);
        var page = await director.GetStringAsync(Url, Ct);

        var noOutcome = await (await director.PostAsync(Url, Posted(page, reviewId, ("Input.Note", "请重新测量边界。")), Ct)).Content.ReadAsStringAsync(Ct);
        var noNote = await (await director.PostAsync(Url, Posted(page, reviewId, ("Input.Outcome", "Upheld"), ("Input.Note", ""), ("Input.NewDueOn", "2025-11-20")), Ct))
            .Content.ReadAsStringAsync(Ct);
        var byOffice = await office.PostAsync(Url, Posted(await office.GetStringAsync(Url, Ct), reviewId, ("Input.Outcome", "Upheld"), ("Input.Note", "维持")), Ct);
        var byHandler = await handler.PostAsync(Url, Posted(page, reviewId, ("Input.Outcome", "Upheld"), ("Input.Note", "维持")), Ct);

        Assert.Equal("请选择复核结论（维持办结或重新办理）", PageForm.MessageBeside(noOutcome, "Input.Outcome"));
        Assert.Contains("请重新测量边界。</textarea>", noOutcome, StringComparison.Ordinal);
        Assert.Contains("复核意见", PageForm.MessageBeside(noNote, "Input.Note"), StringComparison.Ordinal);
        Assert.Matches("value=\"Upheld\" checked=\"checked\"", noNote);
        Assert.Contains("value=\"2025-11-20\"", noNote, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, byOffice.StatusCode);
        Assert.Contains("未找到该评价复核", await byOffice.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("/Accounts/Denied", byHandler.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Null(await town.App.WithDbAsync(db => db.SatisfactionReviews.Select(r => r.Outcome).SingleAsync(Ct)));
        Assert.Equal(0, await ReviewAuditsAsync(town));
    }

    [GeneratedRegex("name=\"FormToken\" value=\"([0-9a-f]+)\"")]
    private static partial Regex FormTokenField();
}
