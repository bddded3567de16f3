using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Tests.Features.Supervision;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.LeaderCases;

public sealed class LeaderCasePagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExtensionRequest_BadInputThenDoubleSubmit_KeepsInputAndSavesOneRequest_ThenTopLeaderApproves()
    {
        await using var s = await LeaderCaseScenario.CreateAsync(DatabaseProvider.Sqlite);
        var (_, caseId) = await s.HandAsync();
        var url = $"/LeaderCases/Details/{caseId}";
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.PostAsync(s.Leader, url, "Take",
            ("Form.Version", PageForms.Version(await s.Leader.GetStringAsync(url, Ct))))).StatusCode);
        var html = await s.Leader.GetStringAsync(url, Ct);
        var (token, version) = (PageForms.Token(html), PageForms.Version(html));

        var bad = await PageForms.PostWithTokenAsync(s.Leader, token, url, "Extension", ("Form.Version", version), ("Form.Reason", ""), ("Form.ProposedDueOn", "2027-01-29"));
        var badHtml = await bad.Content.ReadAsStringAsync(Ct);
        var fields = new[] { ("Form.Version", version), ("Form.Reason", "当事人外出务工，需待其返乡后再行调处"), ("Form.ProposedDueOn", "2027-01-29") };
        var first = await PageForms.PostWithTokenAsync(s.Leader, token, url, "Extension", fields);
        var second = await PageForms.PostWithTokenAsync(s.Leader, token, url, "Extension", fields);
        var secondHtml = await second.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("延期理由", PageForms.MessageFor(badHtml, "Form.Reason"), StringComparison.Ordinal);
        Assert.Contains("value=\"2027-01-29\"", badHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("已被他人修改", secondHtml, StringComparison.Ordinal);
        Assert.Contains($"href=\"{url}\"", secondHtml, StringComparison.Ordinal);
        Assert.Equal(1, await s.App.WithDbAsync(db => db.LeaderCases.Where(c => c.Id == caseId).SelectMany(c => c.ExtensionRequests).CountAsync(Ct)));

        var queue = await s.TopLeader.GetStringAsync("/ExtensionRequests", Ct);
        var requestId = await s.App.WithDbAsync(db => db.LeaderCases.SelectMany(c => c.ExtensionRequests).Select(r => r.Id).SingleAsync(Ct));
        var byDirector = await PageForms.PostAsync(s.Director, "/ExtensionRequests", "ApproveLeaderCase", ("Form.RequestId", $"{requestId}"));
        var approved = await PageForms.PostWithTokenAsync(s.TopLeader, PageForms.Token(queue), "/ExtensionRequests", "ApproveLeaderCase",
            ("Form.RequestId", $"{requestId}"), ("Form.ApprovedDueOn", "2027-01-29"), ("Form.Comment", "同意"));

        Assert.Contains("当事人外出务工", queue, StringComparison.Ordinal);
        Assert.Contains("/Accounts/Denied", byDirector.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var status = await s.App.WithDbAsync(db => db.LeaderCases.SelectMany(c => c.ExtensionRequests).Select(r => r.Status).SingleAsync(Ct));
        Assert.Equal(ExtensionRequestStatus.Approved, status);
        Assert.Equal(new DateOnly(2027, 1, 29), await s.App.WithDbAsync(db => db.LeaderCases.Where(c => c.Id == caseId).Select(c => c.Deadline!.DueOn).SingleAsync(Ct)));
        Assert.Contains("已延期", await s.Leader.GetStringAsync(url, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeaderCasePages_OutsideScopeOrRole_AreRefused()
    {
        await using var s = await LeaderCaseScenario.CreateAsync(DatabaseProvider.Sqlite);
        var (_, caseId) = await s.HandAsync();
        var url = $"/LeaderCases/Details/{caseId}";

        var other = await s.OtherLeader.GetAsync(url, Ct);
        var handlerList = await s.JusticeHandler.GetAsync("/LeaderCases", Ct);
        var handlerQueue = await s.JusticeHandler.GetAsync("/ExtensionRequests", Ct);
        var otherList = await s.OtherLeader.GetStringAsync("/LeaderCases", Ct);
        var mine = await s.Leader.GetStringAsync("/LeaderCases", Ct);
        var directorTake = await PageForms.PostAsync(s.Director, url, "Take", ("Form.Version", "1"));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains("/Accounts/Denied", handlerList.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/Accounts/Denied", handlerQueue.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(url, otherList, StringComparison.Ordinal);
        Assert.Contains(url, mine, StringComparison.Ordinal);
        Assert.Contains("/Accounts/Denied", directorTake.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Null(await s.App.WithDbAsync(db => db.LeaderCases.Where(c => c.Id == caseId).Select(c => c.TakenOn).SingleAsync(Ct)));
    }
}
