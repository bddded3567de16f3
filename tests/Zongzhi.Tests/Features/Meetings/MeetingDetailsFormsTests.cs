using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Assignments.AssignmentScenario;

namespace Zongzhi.Tests.Features.Meetings;

/// <summary>
/// The director's forms on a meeting record (/Meetings/{id}) and on a report draft (/Meetings/Reports/{id}) carry the
/// one-time form token (D5): a task posted twice from one form is set once, a draft saved twice is saved once, each
/// with one audit entry, and both posts land on the same page instead of the second being refused as stale.
/// </summary>
public sealed class MeetingDetailsFormsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<long> MeetingAsync(AssignmentScenario s) =>
        (await MeetingFormsTests.RecordAugustMeetingAsync(s)).GetProperty("id").GetInt64();

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task AddTask_PostedTwiceWithTheSameForm_SetsOneTaskWithOneAuditEntry_BothLandOnTheRecord(string provider)
    {
        await using var s = await CreateAsync(provider);
        var meetingId = await MeetingAsync(s);
        var director = await s.As(Director);
        var url = $"/Meetings/{meetingId}";
        var page = await director.GetStringAsync(url, Cancel);
        (string, string)[] task = [("Form.Tasks[0].Description", "排查征地补偿信访件"), ("Form.Tasks[0].Owner", $"d:{s.Town.JusticeOffice}"), ("Form.Tasks[0].DueOn", "2025-10-25")];

        var first = await PageForm.PostWithAsync(director, page, url, "Task", task);
        var second = await PageForm.PostWithAsync(director, page, url, "Task", task);

        Assert.Matches("name=\"Form.FormToken\" value=\"[0-9a-f]{32}\"", page);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Contains("排查征地补偿信访件", await PageForm.FollowAsync(director, second), StringComparison.Ordinal);
        Assert.Equal(1, await s.App.WithDbAsync(db => db.MonthlyMeetingTasks.CountAsync(t => t.Description == "排查征地补偿信访件", Cancel)));
        Assert.Equal(1, await s.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "meetings.addTask", Cancel)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task AddTask_WithoutADueDate_ShowsTheMessage_KeepsWhatWasTyped_AndAHandlerCannotPostIt(string provider)
    {
        await using var s = await CreateAsync(provider);
        var meetingId = await MeetingAsync(s);
        var director = await s.As(Director);
        var handler = await s.As(JusticeHandler);
        var url = $"/Meetings/{meetingId}";

        var refused = await PageForm.PostAsync(director, url, "Task", ("Form.Tasks[0].Description", "排查征地补偿信访件"), ("Form.Tasks[0].Owner", $"d:{s.Town.JusticeOffice}"));
        var html = await refused.Content.ReadAsStringAsync(Cancel);
        // The handler may not even read the record: the tokens come from a page of their own.
        var handlerPage = await handler.GetStringAsync("/Meetings/Tasks", Cancel);
        var byHandler = await PageForm.PostWithAsync(handler, handlerPage, url, "Task",
            ("Form.Tasks[0].Description", "经办人自行布置"), ("Form.Tasks[0].Owner", $"d:{s.Town.JusticeOffice}"), ("Form.Tasks[0].DueOn", "2025-10-25"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("完成时限", PageForm.MessageBeside(html, "Form.Tasks[0].DueOn"), StringComparison.Ordinal);
        Assert.Contains("排查征地补偿信访件</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("/Accounts/Denied", byHandler.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await s.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "meetings.addTask", Cancel)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task ReportDraft_SavedTwiceWithTheSameForm_SavesOnceWithOneAuditEntry_BothLandOnTheReport_AStaleOneIsRefused(string provider)
    {
        await using var s = await CreateAsync(provider);
        var director = await s.As(Director);
        var generated = await PageForm.PostAsync(director, "/Meetings/Reports", "",
            ("Form.Kind", "Month"), ("Form.Period", "2025-08"), ("Form.Scope", ""), ("Form.Audience", "CenterLeaders"));
        var url = generated.Headers.Location!.OriginalString;
        var page = await director.GetStringAsync(url, Cancel);

        var first = await PageForm.PostWithAsync(director, page, url, "Edit", ("Form.Title", "8月月报"), ("Form.Body", "一、基本情况。"));
        var second = await PageForm.PostWithAsync(director, page, url, "Edit", ("Form.Title", "8月月报"), ("Form.Body", "一、基本情况。"));
        var landed = await PageForm.FollowAsync(director, second);
        var stalePage = page;
        var stale = await PageForm.PostWithAsync(director, stalePage.Replace(PageFormToken(stalePage), "0123456789abcdef0123456789abcdef", StringComparison.Ordinal), url, "Edit",
            ("Form.Title", "8月月报（改）"), ("Form.Body", "二、另写的正文。"));
        var staleHtml = await stale.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Contains("报告已保存", landed, StringComparison.Ordinal);
        Assert.Contains("8月月报", landed, StringComparison.Ordinal);
        Assert.Equal(1, await s.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "reports.edit", Cancel)));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("已被他人修改", staleHtml, StringComparison.Ordinal);
        Assert.Contains("二、另写的正文。", staleHtml, StringComparison.Ordinal);
        Assert.Equal("一、基本情况。", await s.App.WithDbAsync(db => db.PeriodicReports.Select(r => r.Body).SingleAsync(Cancel)));
    }

    private static string PageFormToken(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"Form.FormToken\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
}
