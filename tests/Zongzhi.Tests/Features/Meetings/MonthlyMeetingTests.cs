using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Assignments.AssignmentScenario;

namespace Zongzhi.Tests.Features.Meetings;

/// <summary>综治例会记录: recorded by the director, its tasks tracked on the board and completed by their owners, reported to the leaders.</summary>
public sealed class MonthlyMeetingTests
{
    private static readonly string[] TwoAttendees = ["王某", "李某"];
    private static readonly string[] OneAttendee = ["王某"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Meeting(AssignmentScenario s, string month = "2025-08") => new
    {
        month,
        heldOn = "2025-09-29",
        attendees = new[] { "综治中心主任 王某", "司法所所长 李某", "派出所所长 赵某" },
        minutes = "会议通报了8月矛盾纠纷排查化解情况，分析了土地流转纠纷上升的原因。",
        tasks = new object[]
        {
            new { description = "开展土地流转纠纷专项排查", ownerDepartmentId = s.Town.JusticeOffice, dueOn = "2025-10-20" },
            new { description = "向县综治中心报送国庆期间维稳情况", ownerUserId = s.IdOf(Office), dueOn = "2025-10-09" },
        },
    };

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Record_ByDirector_TasksOnBoardCompletedByOwnersReportPrinted(string provider)
    {
        await using var s = await CreateAsync(provider);

        var created = await s.PostAsync(Director, "/api/meetings", Meeting(s));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var meeting = await Json(created);
        var id = meeting.GetProperty("id").GetInt64();
        var tasks = meeting.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(["向县综治中心报送国庆期间维稳情况", "开展土地流转纠纷专项排查"], tasks.Select(t => t.GetProperty("description").GetString()));
        Assert.Equal("司法所", tasks[1].GetProperty("owner").GetString());
        var board = await (await s.GetAsync(Director, "/Supervision/Board")).Content.ReadAsStringAsync(Cancel);
        Assert.Contains("综治例会任务", board, StringComparison.Ordinal);
        Assert.Contains("开展土地流转纠纷专项排查", board, StringComparison.Ordinal);
        Assert.Contains($"/Meetings/{id}", board, StringComparison.Ordinal);

        var mine = await Json(await s.GetAsync(JusticeHandler, "/api/meetings/tasks/mine"));
        var justiceTask = Assert.Single(mine.EnumerateArray());
        var taskId = justiceTask.GetProperty("id").GetInt64();
        var noNote = await s.PostAsync(JusticeHandler, $"/api/meetings/tasks/{taskId}/complete", new { note = " ", version = justiceTask.GetProperty("version").GetInt32() });
        var byPolice = await s.PostAsync(PoliceHandler, $"/api/meetings/tasks/{taskId}/complete", new { note = "已完成" });
        var done = await s.PostAsync(JusticeHandler, $"/api/meetings/tasks/{taskId}/complete",
            new { note = "已排查12个村，化解纠纷5件。", version = justiceTask.GetProperty("version").GetInt32() });
        var again = await s.PostAsync(JusticeHead, $"/api/meetings/tasks/{taskId}/complete", new { note = "再次" });
        Assert.Equal("请填写完成情况", await ErrorOf(noNote, "note"));
        Assert.Equal(HttpStatusCode.NotFound, byPolice.StatusCode);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.True((await Json(done)).GetProperty("wasOnTime").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var boardAfter = await (await s.GetAsync(Director, "/Supervision/Board")).Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain("开展土地流转纠纷专项排查", boardAfter, StringComparison.Ordinal);
        Assert.Contains("向县综治中心报送国庆期间维稳情况", boardAfter, StringComparison.Ordinal);

        var version = meeting.GetProperty("version").GetInt32();
        var revised = await s.PutAsync(Director, $"/api/meetings/{id}", new { heldOn = "2025-09-28", attendees = TwoAttendees, minutes = "修改后的纪要", version });
        var stale = await s.PutAsync(Director, $"/api/meetings/{id}", new { heldOn = "2025-09-28", attendees = OneAttendee, minutes = "另一人的修改", version });
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var added = await s.PostAsync(Director, $"/api/meetings/{id}/tasks", new { description = "整理例会材料归档", ownerDepartmentId = s.Town.PoliceStation, dueOn = "2025-10-31" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(3, (await Json(added)).GetProperty("tasks").GetArrayLength());

        var report = await s.GetAsync(Director, $"/Meetings/Report/{id}");
        var html = await report.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("关于2025年8月综治例会情况的报告", html, StringComparison.Ordinal);
        Assert.Contains("修改后的纪要", html, StringComparison.Ordinal);
        Assert.Contains("已完成 2025-09-30", html, StringComparison.Ordinal);
        var actions = await s.App.WithDbAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("meetings.")).Select(a => a.Action).ToListAsync());
        Assert.Equal(["meetings.addTask", "meetings.completeTask", "meetings.record", "meetings.report.view", "meetings.revise"], actions.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Record_WrongRoleBadInputOrSecondOfMonth_Refused(string provider)
    {
        await using var s = await CreateAsync(provider);
        await s.App.CreateUserAsync("top", Roles.TopLeader);

        var byClerk = await s.PostAsync(Clerk, "/api/meetings", Meeting(s));
        var byTop = await s.PostAsync("top", "/api/meetings", Meeting(s));
        var byOffice = await s.PostAsync(Office, "/api/meetings", Meeting(s));
        var bad = await s.PostAsync(Director, "/api/meetings", new
        {
            month = "2025-8月",
        });
        var badFields = await s.PostAsync(Director, "/api/meetings", new
        {
            month = "2025-08",
            heldOn = "2025-10-08",
            attendees = Array.Empty<string>(),
            minutes = "",
            tasks = new object[] { new { description = "x", dueOn = "2025-09-01" } },
        });
        var badTask = await s.PostAsync(Director, "/api/meetings", new
        {
            month = "2025-08", heldOn = "2025-09-29", attendees = OneAttendee, minutes = "纪要",
            tasks = new object[] { new { description = "x", ownerDepartmentId = s.Town.JusticeOffice, dueOn = "2025-09-01" } },
        });
        var first = await s.PostAsync(Director, "/api/meetings", Meeting(s));
        var second = await s.PostAsync(Director, "/api/meetings", Meeting(s));
        var id = (await Json(first)).GetProperty("id").GetInt64();
        var taskId = (await Json(first)).GetProperty("tasks")[0].GetProperty("id").GetInt64();
        var readByTop = await s.GetAsync("top", $"/api/meetings/{id}");
        var readByHandler = await s.GetAsync(JusticeHandler, $"/api/meetings/{id}");
        var reviseByTop = await s.PutAsync("top", $"/api/meetings/{id}", new { heldOn = "2025-09-29", attendees = OneAttendee, minutes = "x" });
        var completeByTop = await s.PostAsync("top", $"/api/meetings/tasks/{taskId}/complete", new { note = "代为完成" });

        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byTop.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOffice.StatusCode);
        Assert.Equal("统计月份格式应为 yyyy-MM，例如 2026-10", await ErrorOf(bad, "month"));
        Assert.Equal("例会日期不能晚于今天（例会开过后再记录）", await ErrorOf(badFields, "heldOn"));
        Assert.Equal("请填写参会人员", await ErrorOf(badFields, "attendees"));
        Assert.Equal("请填写会议纪要", await ErrorOf(badFields, "minutes"));
        Assert.Equal("完成时限不能早于例会日期", await ErrorOf(badTask, "tasks[0].dueOn"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readByTop.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readByHandler.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reviseByTop.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, completeByTop.StatusCode);
        Assert.Equal(1, await s.App.WithDbAsync(db => db.MonthlyMeetings.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Pages_RecordFormDetailsTasksAndReport_ShowAndSave(string provider)
    {
        await using var s = await CreateAsync(provider);
        var director = await s.As(Director);

        var emptyForm = await PageForm.PostAsync(director, "/Meetings", "", ("Form.Month", "2025-08"), ("Form.HeldOn", "2025-09-29"), ("Form.Minutes", ""));
        var emptyHtml = await emptyForm.Content.ReadAsStringAsync(Cancel);
        var saved = await PageForm.PostAsync(director, "/Meetings", "", ("Form.Month", "2025-08"), ("Form.HeldOn", "2025-09-29"),
            ("Form.Attendees", "王某\n李某"), ("Form.Minutes", "通报8月情况。"),
            ("Form.Tasks[0].Description", "专项排查"), ("Form.Tasks[0].Owner", $"d:{s.Town.JusticeOffice}"), ("Form.Tasks[0].DueOn", "2025-10-20"));
        var details = await PageForm.FollowAsync(director, saved);
        var id = await s.App.WithDbAsync(db => db.MonthlyMeetings.Select(m => m.Id).SingleAsync());
        var handlerTasks = await (await s.As(JusticeHandler)).GetStringAsync("/Meetings/Tasks", Cancel);
        var completed = await PageForm.PostAsync(await s.As(JusticeHandler), "/Meetings/Tasks", "", ("Form.TaskId", (await s.App.WithDbAsync(db => db.MonthlyMeetingTasks.Select(t => t.Id).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Form.Note", "已完成排查"));
        var index = await director.GetStringAsync("/Meetings", Cancel);
        var handlerDetails = await (await s.As(JusticeHandler)).GetAsync($"/Meetings/{id}", Cancel);

        Assert.Equal(HttpStatusCode.OK, emptyForm.StatusCode);
        Assert.Equal("请填写参会人员", PageForm.MessageBeside(emptyHtml, "Form.Attendees"));
        Assert.Equal("请填写会议纪要", PageForm.MessageBeside(emptyHtml, "Form.Minutes"));
        Assert.Contains("例会记录已保存", details, StringComparison.Ordinal);
        Assert.Contains("专项排查", details, StringComparison.Ordinal);
        Assert.Contains("专项排查", handlerTasks, StringComparison.Ordinal);
        Assert.Contains("任务已标记完成", await PageForm.FollowAsync(await s.As(JusticeHandler), completed), StringComparison.Ordinal);
        Assert.Contains("2025-08", index, StringComparison.Ordinal);
        Assert.Contains("/Accounts/Denied", handlerDetails.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }
}
