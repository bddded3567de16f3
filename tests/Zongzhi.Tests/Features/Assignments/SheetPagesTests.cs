using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Assignments.AssignmentScenario;

namespace Zongzhi.Tests.Features.Assignments;

public sealed class SheetPagesTests
{
    [Fact]
    public async Task SheetPages_AnotherDepartmentsHandler_Gets404AndSeesNothing()
    {
        await using var town = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        var (matterId, sheetId) = await town.AssignedAsync();
        var police = await town.As(PoliceHandler);
        var ownList = await (await town.As(JusticeHandler)).GetStringAsync("/Assignments", Token);

        var sheetPage = await police.GetAsync($"/Assignments/{sheetId}", Token);
        var matterPage = await police.GetAsync($"/Matters/Details/{matterId}", Token);
        var list = await police.GetStringAsync("/Assignments", Token);
        var receive = await PageForm.PostWithAsync(police, list, $"/Assignments/{sheetId}", "Receive");
        var director = await (await town.As(Director)).GetAsync("/Assignments", Token);

        Assert.Equal(HttpStatusCode.NotFound, sheetPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, matterPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, receive.StatusCode);
        Assert.DoesNotContain("JB-2025-", list, StringComparison.Ordinal);
        Assert.Contains("JB-2025-000001", ownList, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, director.StatusCode);
        Assert.Equal("AwaitingReceipt", (await town.SheetAsync(sheetId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task SheetPages_SignResultAndReview_ShowFieldMessagesKeepInputAndSaveOnce()
    {
        await using var town = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        var (matterId, sheetId) = await town.AssignedAsync();
        var handler = await town.As(JusticeHandler);
        var sheetUrl = $"/Assignments/{sheetId}";

        var signed = await PageForm.FollowAsync(handler, await PageForm.PostAsync(handler, sheetUrl, "Receive"));
        var blank = await PageForm.PostAsync(handler, sheetUrl, "Result", ("Form.WhatWasDone", " "), ("Form.ReplyToParty", "已电话答复当事人"));
        var blankHtml = await blank.Content.ReadAsStringAsync(Token);
        var page = await handler.GetStringAsync(sheetUrl, Token);
        var fields = new[] { ("Form.WhatWasDone", "组织双方现场勘界，达成调解协议"), ("Form.ReplyToParty", "已电话答复当事人"), ("Form.PartySatisfaction", "Satisfied") };
        var first = await PageForm.PostWithAsync(handler, page, sheetUrl, "Result", fields);
        var second = await PageForm.PostWithAsync(handler, page, sheetUrl, "Result", fields);

        Assert.Contains("已签收", signed, StringComparison.Ordinal);
        Assert.Contains("2025-10-16", signed, StringComparison.Ordinal);
        Assert.Contains("日历版本", signed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("办理情况", PageForm.MessageBeside(blankHtml, "Form.WhatWasDone"), StringComparison.Ordinal);
        Assert.Contains(">已电话答复当事人</textarea>", blankHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await town.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "assignment.result", Token)));

        var director = await town.As(Director);
        var matterUrl = $"/Matters/Details/{matterId}";
        var noReasons = await PageForm.PostAsync(director, matterUrl, "Review", ("Form.SheetId", $"{sheetId}"), ("Form.Outcome", "RehandlingOrdered"));
        var noReasonsHtml = await noReasons.Content.ReadAsStringAsync(Token);
        var ordered = await PageForm.PostAsync(director, matterUrl, "Review", ("Form.SheetId", $"{sheetId}"), ("Form.Outcome", "RehandlingOrdered"),
            ("Form.Reasons", "当事人对调解结果不满意"), ("Form.NewDueOn", "2025-10-24"));
        var rounds = await handler.GetStringAsync(sheetUrl, Token);

        Assert.Equal(HttpStatusCode.OK, noReasons.StatusCode);
        Assert.Contains("重新办理的理由", PageForm.MessageBeside(noReasonsHtml, "Form.Reasons"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, ordered.StatusCode);
        Assert.Contains("第 2 轮办理", rounds, StringComparison.Ordinal);
        Assert.Contains("当事人对调解结果不满意", rounds, StringComparison.Ordinal);
        Assert.Contains("2025-10-24", rounds, StringComparison.Ordinal);
        Assert.Contains("组织双方现场勘界，达成调解协议", rounds, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SheetPage_StaleProgressNote_ShowsChangedByOthersAndKeepsText()
    {
        await using var town = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        var (_, sheetId) = await town.ReceivedAsync();
        var handler = await town.As(JusticeHandler);
        var page = await handler.GetStringAsync($"/Assignments/{sheetId}", Token);
        await town.PostAsync(JusticeHead, $"/api/assignments/{sheetId}/progress", new { text = "负责人已约谈双方" });

        var stale = await PageForm.PostWithAsync(handler, page, $"/Assignments/{sheetId}", "Progress", ("Form.Text", "已联系村委会"));
        var html = await stale.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("已被他人修改", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Assignments/{sheetId}\">刷新", html, StringComparison.Ordinal);
        Assert.Contains(">已联系村委会</textarea>", html, StringComparison.Ordinal);
        Assert.Equal(1, await town.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "assignment.progress", Token)));
    }

    [Fact]
    public async Task SheetPage_ExtensionRequest_NeedsReasonThenIsPending()
    {
        await using var town = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        var (_, sheetId) = await town.ReceivedAsync();
        var handler = await town.As(JusticeHandler);

        var missing = await PageForm.PostAsync(handler, $"/Assignments/{sheetId}", "Extension", ("Form.ProposedDueOn", "2025-10-24"));
        var missingHtml = await missing.Content.ReadAsStringAsync(Token);
        var requested = await PageForm.FollowAsync(handler, await PageForm.PostAsync(handler, $"/Assignments/{sheetId}", "Extension",
            ("Form.Reason", "需等待土地确权结果"), ("Form.ProposedDueOn", "2025-10-24")));

        Assert.Contains("延期理由", PageForm.MessageBeside(missingHtml, "Form.Reason"), StringComparison.Ordinal);
        Assert.Contains("value=\"2025-10-24\"", missingHtml, StringComparison.Ordinal);
        Assert.Contains("待审批", requested, StringComparison.Ordinal);
        Assert.Contains("需等待土地确权结果", requested, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatterPage_AssignToRespondentDepartment_ShowsRefusalBesideFieldThenAssigns()
    {
        await using var town = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        var matterId = await town.AcceptedAsync(respondentDepartmentId: town.Town.JusticeOffice);
        var director = await town.As(Director);
        var url = $"/Matters/Details/{matterId}";

        var refused = await PageForm.PostAsync(director, url, "Assign", ("Form.HandlingDepartmentId", $"{town.Town.JusticeOffice}"), ("Form.Requirements", "请依法调处"));
        var refusedHtml = await refused.Content.ReadAsStringAsync(Token);
        var assigned = await PageForm.FollowAsync(director, await PageForm.PostAsync(director, url, "Assign",
            ("Form.HandlingDepartmentId", $"{town.Town.PoliceStation}"), ("Form.CoHandlingDepartmentIds", $"{town.Town.LandOffice}"), ("Form.Requirements", "请依法调处")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("被投诉方", PageForm.MessageBeside(refusedHtml, "Form.HandlingDepartmentId"), StringComparison.Ordinal);
        Assert.Contains(">请依法调处</textarea>", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("已交办", assigned, StringComparison.Ordinal);
        Assert.Contains("JB-2025-000001", assigned, StringComparison.Ordinal);
        Assert.Equal(1, await town.App.WithDbAsync(db => db.AssignmentSheets.CountAsync(Token)));
    }

    [Fact]
    public async Task NotificationBadgeAndInbox_ShowUnreadCountAndMarkRead()
    {
        await using var town = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        var (_, sheetId) = await town.AssignedAsync();
        var handler = await town.As(JusticeHandler);
        var others = await town.App.WithDbAsync(db => db.Notifications.Where(n => n.UserId == town.IdOf(JusticeHead))
            .Select(n => n.Id).FirstAsync(Token));

        var home = await handler.GetStringAsync("/", Token);
        var inbox = await handler.GetStringAsync("/Notifications", Token);
        var foreign = await PageForm.PostWithAsync(handler, inbox, $"/Notifications?id={others}", "Read");
        var opened = await PageForm.PostWithAsync(handler, inbox, $"/Notifications?id={await FirstUnreadAsync(town, JusticeHandler)}", "Open");
        var after = await handler.GetStringAsync("/Notifications?unread=true", Token);

        Assert.Contains("class=\"badge\">1<", home, StringComparison.Ordinal);
        Assert.Contains("待签收", inbox, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal($"/Assignments?matter={(await town.SheetAsync(sheetId)).GetProperty("matterId").GetInt64()}", opened.Headers.Location?.OriginalString);
        Assert.Contains("没有通知", after, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"badge\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SheetPage_ReportAndMaterialsRequests_AnsweredByTheDepartment()
    {
        await using var town = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        var (matterId, sheetId) = await town.ReceivedAsync();
        var materials = await Json(await town.PostAsync(Director, $"/api/matters/{matterId}/materials-requests",
            new { departmentId = town.Town.JusticeOffice, materialsWanted = "调解笔录、现场照片", dueOn = "2025-10-10" }));
        var report = await Json(await town.PostAsync(Director, $"/api/matters/{matterId}/report-requests",
            new { departmentId = town.Town.JusticeOffice, reporterUserId = town.IdOf(JusticeHandler), subject = "现场走访情况", dueOn = "2025-10-10" }));
        var handler = await town.As(JusticeHandler);
        var police = await town.As(PoliceHandler);
        var url = $"/Assignments/{sheetId}";

        var waiting = await handler.GetStringAsync("/Assignments?reports=open", Token);
        var blank = await PageForm.PostAsync(handler, url, "Report", ("Form.RequestId", $"{report.GetProperty("id").GetInt64()}"), ("Form.Report", ""));
        var foreign = await PageForm.PostWithAsync(police, await police.GetStringAsync("/Assignments", Token), url, "Report",
            ("Form.RequestId", $"{report.GetProperty("id").GetInt64()}"), ("Form.Report", "越权汇报"));
        await PageForm.FollowAsync(handler, await PageForm.PostAsync(handler, url, "Report",
            ("Form.RequestId", $"{report.GetProperty("id").GetInt64()}"), ("Form.Report", "已走访四户邻居。")));
        var done = await PageForm.FollowAsync(handler, await PageForm.PostAsync(handler, url, "Materials",
            ("Form.RequestId", $"{materials.GetProperty("id").GetInt64()}"), ("Form.MaterialsProvided", "调解笔录2份、照片6张")));
        var after = await handler.GetStringAsync("/Assignments?reports=open", Token);

        Assert.Contains("JB-2025-000001", waiting, StringComparison.Ordinal);
        Assert.Contains("汇报内容", PageForm.MessageBeside(await blank.Content.ReadAsStringAsync(Token), "Form.Report"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Contains("已走访四户邻居。", done, StringComparison.Ordinal);
        Assert.Contains("调解笔录2份、照片6张", done, StringComparison.Ordinal);
        Assert.DoesNotContain("JB-2025-000001", after, StringComparison.Ordinal);
    }

    private static Task<long> FirstUnreadAsync(AssignmentScenario town, string userName) =>
        town.App.WithDbAsync(db => db.Notifications.Where(n => n.UserId == town.IdOf(userName) && n.ReadAt == null).Select(n => n.Id).FirstAsync(Token));
}
