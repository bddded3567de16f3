using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Features.Supervision;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.LeaderCases;

public sealed class LeaderCasePagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Today(LeaderCaseScenario s) => DateOnly.FromDateTime(s.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>Hands a case to the leader and takes it on its page; returns the ids and the page's address.</summary>
    private static async Task<(long MatterId, long CaseId, string Url)> TakenAsync(LeaderCaseScenario s)
    {
        var (matterId, caseId) = await s.HandAsync();
        var url = $"/LeaderCases/Details/{caseId}";
        Assert.Equal(HttpStatusCode.Redirect, (await PageForm.PostAsync(s.Leader, url, "Take")).StatusCode);
        return (matterId, caseId, url);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task ExtensionRequest_BadInputThenDoubleSubmit_KeepsInputAndSavesOneRequest_ThenTopLeaderApproves(string provider)
    {
        await using var s = await LeaderCaseScenario.CreateAsync(provider);
        var (_, caseId, url) = await TakenAsync(s);
        var html = await s.Leader.GetStringAsync(url, Ct);

        var bad = await PageForm.PostWithAsync(s.Leader, html, url, "Extension", ("Form.Reason", ""), ("Form.ProposedDueOn", "2027-01-29"));
        var badHtml = await bad.Content.ReadAsStringAsync(Ct);
        var fields = new[] { ("Form.Reason", "当事人外出务工，需待其返乡后再行调处"), ("Form.ProposedDueOn", "2027-01-29") };
        var first = await PageForm.PostWithAsync(s.Leader, html, url, "Extension", fields);
        var second = await PageForm.PostWithAsync(s.Leader, html, url, "Extension", fields);

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("延期理由", PageForm.MessageBeside(badHtml, "Form.Reason"), StringComparison.Ordinal);
        Assert.Contains("value=\"2027-01-29\"", badHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
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

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task CoordinationRequest_LeaderAsksDepartment_OnlyThatDepartmentRepliesOnThePage(string provider)
    {
        await using var s = await LeaderCaseScenario.CreateAsync(provider);
        var (_, caseId, url) = await TakenAsync(s);
        var due = Day(Today(s).AddDays(5));

        var missing = await PageForm.PostAsync(s.Leader, url, "Coordination", ("Form.Request", "请协助核实宅基地四至"), ("Form.DueOn", due));
        var missingHtml = await missing.Content.ReadAsStringAsync(Ct);
        var html = await s.Leader.GetStringAsync(url, Ct);
        var fields = new[] { ("Form.DepartmentId", $"{s.Town.JusticeOffice}"), ("Form.Request", "请协助核实宅基地四至"), ("Form.DueOn", due) };
        var first = await PageForm.PostWithAsync(s.Leader, html, url, "Coordination", fields);
        var twice = await PageForm.PostWithAsync(s.Leader, html, url, "Coordination", fields);
        var requestId = await s.App.WithDbAsync(db => db.LeaderCases.Where(c => c.Id == caseId).SelectMany(c => c.CoordinationRequests).Select(r => r.Id).SingleAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("协助部门", PageForm.MessageBeside(missingHtml, "Form.DepartmentId"), StringComparison.Ordinal);
        Assert.Contains("请协助核实宅基地四至", missingHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Contains(await s.NotificationTitlesAsync("handler-justice"), t => t.StartsWith("包案协助请求", StringComparison.Ordinal));

        // The police station was not asked: it cannot see the case, and its reply is refused as not found.
        var policePage = await s.PoliceHandler.GetAsync(url, Ct);
        var justicePage = await s.JusticeHandler.GetStringAsync(url, Ct);
        var leaderPage = await s.Leader.GetStringAsync(url, Ct);
        var policeReply = await PageForm.PostWithAsync(s.PoliceHandler, await s.PoliceHandler.GetStringAsync("/", Ct), url, "Reply", ("Form.CoordinationRequestId", $"{requestId}"), ("Form.Reply", "已核实"));
        var emptyReply = await PageForm.PostWithAsync(s.JusticeHandler, justicePage, url, "Reply", ("Form.CoordinationRequestId", $"{requestId}"), ("Form.Reply", ""));
        var emptyHtml = await emptyReply.Content.ReadAsStringAsync(Ct);
        var reply = await PageForm.PostWithAsync(s.JusticeHandler, justicePage, url, "Reply", ("Form.CoordinationRequestId", $"{requestId}"), ("Form.Reply", "经实地测量，界址清楚"));

        Assert.Equal(HttpStatusCode.NotFound, policePage.StatusCode);
        Assert.Contains("答复包案领导", justicePage, StringComparison.Ordinal);
        Assert.DoesNotContain("答复包案领导", leaderPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, policeReply.StatusCode);
        Assert.Contains("答复内容", PageForm.MessageBeside(emptyHtml, "Form.Reply"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        Assert.Contains("经实地测量，界址清楚", await s.Leader.GetStringAsync(url, Ct), StringComparison.Ordinal);
        Assert.Contains(await s.NotificationTitlesAsync("leader-wang"), t => t.StartsWith("协助部门已答复", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Transfer_MessagesBesideTheNoticeFields_ThenTransfersWithPrintLinks_AndAStalePostSaysSo(string provider)
    {
        await using var s = await LeaderCaseScenario.CreateAsync(provider);
        var (matterId, caseId, url) = await TakenAsync(s);
        var stalePage = await s.Leader.GetStringAsync(url, Ct);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForm.PostAsync(s.Leader, url, "Progress", ("Form.Text", "已约谈双方当事人"))).StatusCode);
        var today = Day(Today(s));

        var stale = await PageForm.PostWithAsync(s.Leader, stalePage, url, "Transfer", ("Form.CompetentAgency", "县自然资源局"), ("Form.ContactedOn", today),
            ("Form.NoticeAddressedTo", "综治中心"), ("Form.NoticeText", "该纠纷涉及土地权属确认，已移交县自然资源局。"));
        var staleHtml = await stale.Content.ReadAsStringAsync(Ct);
        var bad = await PageForm.PostAsync(s.Leader, url, "Transfer", ("Form.CompetentAgency", "县自然资源局"), ("Form.ContactedOn", today),
            ("Form.NoticeAddressedTo", "综治中心"), ("Form.NoticeText", ""));
        var badHtml = await bad.Content.ReadAsStringAsync(Ct);
        var byDirector = await PageForm.PostAsync(s.Director, url, "Transfer", ("Form.CompetentAgency", "县自然资源局"));
        var byOther = await s.OtherLeader.GetAsync(url, Ct);
        var done = await PageForm.PostAsync(s.Leader, url, "Transfer", ("Form.CompetentAgency", "县自然资源局"), ("Form.ContactedOn", today),
            ("Form.NoticeAddressedTo", "综治中心"), ("Form.NoticeText", "该纠纷涉及土地权属确认，已移交县自然资源局。"));
        var after = await PageForm.FollowAsync(s.Leader, done);

        Assert.Contains("已被他人修改", staleHtml, StringComparison.Ordinal);
        Assert.Contains($"href=\"{url}\"", staleHtml, StringComparison.Ordinal);
        Assert.Contains("县自然资源局", staleHtml, StringComparison.Ordinal);
        Assert.Contains("书面通知正文", PageForm.MessageBeside(badHtml, "Form.NoticeText"), StringComparison.Ordinal);
        Assert.Contains("value=\"县自然资源局\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("/Accounts/Denied", byDirector.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(LeaderCaseStatus.Transferred, await s.App.WithDbAsync(db => db.LeaderCases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync(Ct)));
        Assert.Contains($"/Print/WrittenNotice/{matterId}", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await s.Leader.GetAsync($"/Print/WrittenNotice/{matterId}", Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task HandOver_AfterClosing_RequiresTheMaterialList_AndIsRecordedOnce(string provider)
    {
        await using var s = await LeaderCaseScenario.CreateAsync(provider);
        var (_, caseId, url) = await TakenAsync(s);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForm.PostAsync(s.Leader, url, "Plan",
            ("Form.Findings", "界址不清"), ("Form.Measures", "现场测量后调解"), ("Form.People", "司法所、村委会"))).StatusCode);
        var beforeClosing = await s.Leader.GetStringAsync(url, Ct);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForm.PostAsync(s.Leader, url, "Close",
            ("Form.ClosingResult", "双方达成调解协议"), ("Form.PartySatisfaction", "Satisfied"))).StatusCode);

        var page = await s.Leader.GetStringAsync(url, Ct);
        var empty = await PageForm.PostWithAsync(s.Leader, page, url, "HandOver", ("Form.Materials", "\n \n"));
        var emptyHtml = await empty.Content.ReadAsStringAsync(Ct);
        var fields = ("Form.Materials", "调处方案\n调解协议书\n现场测量记录");
        var first = await PageForm.PostWithAsync(s.Leader, page, url, "HandOver", fields);
        var again = await PageForm.PostWithAsync(s.Leader, page, url, "HandOver", fields);
        var after = await s.Leader.GetStringAsync(url, Ct);

        Assert.DoesNotContain("name=\"Form.Materials\"", beforeClosing, StringComparison.Ordinal);
        Assert.Contains("材料清单", PageForm.MessageBeside(emptyHtml, "Form.Materials"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("现场测量记录", after, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Form.Materials\"", after, StringComparison.Ordinal);
        var handed = await s.App.WithDbAsync(db => db.LeaderCases.Where(c => c.Id == caseId).Select(c => new { c.Status, c.HandedOverMaterials }).SingleAsync(Ct));
        Assert.Equal(LeaderCaseStatus.HandedOver, handed.Status);
        Assert.Equal(3, handed.HandedOverMaterials.Count);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task LeaderCasePages_OutsideScopeOrRole_AreRefused(string provider)
    {
        await using var s = await LeaderCaseScenario.CreateAsync(provider);
        var (_, caseId) = await s.HandAsync();
        var url = $"/LeaderCases/Details/{caseId}";

        var other = await s.OtherLeader.GetAsync(url, Ct);
        var handlerList = await s.JusticeHandler.GetAsync("/LeaderCases", Ct);
        var handlerQueue = await s.JusticeHandler.GetAsync("/ExtensionRequests", Ct);
        var otherList = await s.OtherLeader.GetStringAsync("/LeaderCases", Ct);
        var mine = await s.Leader.GetStringAsync("/LeaderCases", Ct);
        var directorTake = await PageForms.PostAsync(s.Director, url, "Take", ("Form.Version", "1"));
        var directorCoordination = await PageForm.PostAsync(s.Director, url, "Coordination", ("Form.DepartmentId", $"{s.Town.JusticeOffice}"));
        var otherHandOver = await PageForm.PostWithAsync(s.OtherLeader, await s.OtherLeader.GetStringAsync("/LeaderCases", Ct), url, "HandOver", ("Form.Materials", "清单"));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains("/Accounts/Denied", handlerList.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/Accounts/Denied", handlerQueue.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(url, otherList, StringComparison.Ordinal);
        Assert.Contains(url, mine, StringComparison.Ordinal);
        Assert.Contains("/Accounts/Denied", directorTake.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/Accounts/Denied", directorCoordination.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherHandOver.StatusCode);
        Assert.Null(await s.App.WithDbAsync(db => db.LeaderCases.Where(c => c.Id == caseId).Select(c => c.TakenOn).SingleAsync(Ct)));
    }
}
