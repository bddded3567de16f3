using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Assignments.AssignmentScenario;

namespace Zongzhi.Tests.Features.Meetings;

/// <summary>
/// The forms of 定期书面报告 (/Meetings/Reports) and 我的例会任务 (/Meetings/Tasks) carry the one-time form token (D5):
/// the same form posted twice saves once with one audit entry and both posts land on the same page; a task a colleague
/// completed meanwhile shows 已被他人修改 with a reload link; a refused field keeps what was typed.
/// </summary>
public sealed class MeetingFormsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly string[] Attendees = ["综治中心主任 王某", "司法所所长 李某"];

    private static readonly (string, string)[] August =
        [("Form.Kind", "Month"), ("Form.Period", "2025-08"), ("Form.Scope", ""), ("Form.Audience", "CenterLeaders")];

    private static async Task<long> JusticeTaskAsync(AssignmentScenario s) =>
        (await RecordAugustMeetingAsync(s)).GetProperty("tasks")[0].GetProperty("id").GetInt64();

    /// <summary>The director records the August meeting with one task for the justice office; the answer's body.</summary>
    internal static async Task<System.Text.Json.JsonElement> RecordAugustMeetingAsync(AssignmentScenario s)
    {
        var created = await s.PostAsync(Director, "/api/meetings", new
        {
            month = "2025-08",
            heldOn = "2025-09-29",
            attendees = Attendees,
            minutes = "会议通报了8月矛盾纠纷排查化解情况。",
            tasks = new object[] { new { description = "开展土地流转纠纷专项排查", ownerDepartmentId = s.Town.JusticeOffice, dueOn = "2025-10-20" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await Json(created);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Generate_PostedTwiceWithTheSameForm_MakesOneDraftWithOneAuditEntry_BothLeadToIt(string provider)
    {
        await using var s = await CreateAsync(provider);
        var director = await s.As(Director);
        var page = await director.GetStringAsync("/Meetings/Reports", Cancel);

        var first = await PageForm.PostWithAsync(director, page, "/Meetings/Reports", "", August);
        var second = await PageForm.PostWithAsync(director, page, "/Meetings/Reports", "", August);

        Assert.Matches("name=\"Form.FormToken\" value=\"[0-9a-f]{32}\"", page);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.StartsWith("/Meetings/Reports/", second.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("报告草稿已生成", await PageForm.FollowAsync(director, second), StringComparison.Ordinal);
        Assert.Equal(1, await s.App.WithDbAsync(db => db.PeriodicReports.CountAsync(Cancel)));
        Assert.Equal(1, await s.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "reports.generate", Cancel)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Generate_WithAPeriodNotOfItsKind_ShowsTheMessageBesideIt_KeepsWhatWasTyped_ByANonWriterIsRefused(string provider)
    {
        await using var s = await CreateAsync(provider);
        var director = await s.As(Director);
        var office = await s.As(Office);

        var refused = await PageForm.PostAsync(director, "/Meetings/Reports", "",
            ("Form.Kind", "Quarter"), ("Form.Period", "2025-09"), ("Form.Scope", $"v:{s.Town.EastVillage}"), ("Form.Audience", "CenterLeaders"));
        var html = await refused.Content.ReadAsStringAsync(Cancel);
        var byOffice = await PageForm.PostAsync(office, "/Meetings/Reports", "", August);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("统计期间应与报告类型一致", PageForm.MessageBeside(html, "Form.Period"), StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Period\" value=\"2025-09\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Quarter\" selected=\"selected\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"v:{s.Town.EastVillage}\" selected=\"selected\"", html, StringComparison.Ordinal);
        Assert.Contains("/Accounts/Denied", byOffice.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await s.App.WithDbAsync(db => db.PeriodicReports.CountAsync(Cancel)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task CompleteTask_PostedTwiceWithTheSameForm_CompletesOnceWithOneAuditEntry_BothLandOnTheList(string provider)
    {
        await using var s = await CreateAsync(provider);
        var taskId = await JusticeTaskAsync(s);
        var handler = await s.As(JusticeHandler);
        var page = await handler.GetStringAsync("/Meetings/Tasks", Cancel);

        var first = await PageForm.PostWithAsync(handler, page, "/Meetings/Tasks", "", ("Form.TaskId", $"{taskId}"), ("Form.Note", "已完成专项排查"));
        var second = await PageForm.PostWithAsync(handler, page, "/Meetings/Tasks", "", ("Form.TaskId", $"{taskId}"), ("Form.Note", "已完成专项排查"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Contains("任务已标记完成", await PageForm.FollowAsync(handler, second), StringComparison.Ordinal);
        Assert.Equal("已完成专项排查", await s.App.WithDbAsync(db => db.MonthlyMeetingTasks.Where(t => t.Id == taskId).Select(t => t.CompletionNote).SingleAsync(Cancel)));
        Assert.Equal(1, await s.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "meetings.completeTask", Cancel)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task CompleteTask_AfterAColleagueCompletedIt_Shows已被他人修改WithAReloadLink_AndWhatWasTyped(string provider)
    {
        await using var s = await CreateAsync(provider);
        var taskId = await JusticeTaskAsync(s);
        var handler = await s.As(JusticeHandler);
        var head = await s.As(JusticeHead);
        var page = await handler.GetStringAsync("/Meetings/Tasks", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForm.PostAsync(head, "/Meetings/Tasks", "", ("Form.TaskId", $"{taskId}"), ("Form.Note", "所长已组织排查"))).StatusCode);

        var stale = await PageForm.PostWithAsync(handler, page, "/Meetings/Tasks", "", ("Form.TaskId", $"{taskId}"), ("Form.Note", "经办人已走访三个村组"));
        var html = await stale.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("已被他人修改", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Meetings/Tasks\">刷新，查看最新内容</a>", html, StringComparison.Ordinal);
        Assert.Contains("经办人已走访三个村组", html, StringComparison.Ordinal);
        Assert.Equal("所长已组织排查", await s.App.WithDbAsync(db => db.MonthlyMeetingTasks.Where(t => t.Id == taskId).Select(t => t.CompletionNote).SingleAsync(Cancel)));
        Assert.Equal(1, await s.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "meetings.completeTask", Cancel)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task CompleteTask_WithATooLongNote_ShowsTheMessageBesideIt_KeepsWhatWasTyped_AnotherDepartmentIsRefused(string provider)
    {
        await using var s = await CreateAsync(provider);
        var taskId = await JusticeTaskAsync(s);
        var handler = await s.As(JusticeHandler);
        var police = await s.As(PoliceHandler);
        var note = "走访" + new string('村', 2000);

        var refused = await PageForm.PostAsync(handler, "/Meetings/Tasks", "", ("Form.TaskId", $"{taskId}"), ("Form.Note", note));
        var html = await refused.Content.ReadAsStringAsync(Cancel);
        var blank = await (await PageForm.PostAsync(handler, "/Meetings/Tasks", "", ("Form.TaskId", $"{taskId}"), ("Form.Note", " "))).Content.ReadAsStringAsync(Cancel);
        var byPolice = await PageForm.PostAsync(police, "/Meetings/Tasks", "", ("Form.TaskId", $"{taskId}"), ("Form.Note", "已完成"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("完成情况", PageForm.MessageBeside(html, "Form.Note"), StringComparison.Ordinal);
        Assert.Contains(note + "</textarea>", html, StringComparison.Ordinal);
        Assert.Equal("请填写完成情况", PageForm.MessageBeside(blank, "Form.Note"));
        Assert.Equal(HttpStatusCode.NotFound, byPolice.StatusCode);
        Assert.Null(await s.App.WithDbAsync(db => db.MonthlyMeetingTasks.Where(t => t.Id == taskId).Select(t => t.CompletedAt).SingleAsync(Cancel)));
        Assert.Equal(0, await s.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "meetings.completeTask", Cancel)));
    }
}
