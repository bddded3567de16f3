using System.Net;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Assignments.AssignmentScenario;

namespace Zongzhi.Tests.Features.Supervision;

public sealed class SupervisionPowerTests
{
    private static readonly DateTimeOffset October9 = new(2025, 10, 9, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Powers_EachWithItsAnswer_AreRecordedAndNotified(string provider)
    {
        await using var town = await CreateAsync(provider);
        var (matterId, _) = await town.ReceivedAsync();
        var powers = $"/api/matters/{matterId}";

        var reminder = await town.PostAsync(Director, $"{powers}/reminders", new { message = "请抓紧办理，节后第一天报进展。" });
        var materials = await Json(await town.PostAsync(Director, $"{powers}/materials-requests",
            new { departmentId = town.Town.JusticeOffice, materialsWanted = "调解笔录、现场照片", dueOn = "2025-10-10" }));
        var headReport = await Json(await town.PostAsync(Director, $"{powers}/report-requests",
            new { departmentId = town.Town.JusticeOffice, subject = "调处进展及难点", dueOn = "2025-10-10" }));
        var namedReport = await Json(await town.PostAsync(Director, $"{powers}/report-requests",
            new { departmentId = town.Town.JusticeOffice, reporterUserId = town.IdOf(JusticeHandler), subject = "现场走访情况", dueOn = "2025-10-10" }));
        var meeting = await Json(await town.PostAsync(Director, $"{powers}/coordination-meetings",
            new { topic = "宅基地边界协调", departmentIds = new[] { town.Town.JusticeOffice, town.Town.PoliceStation }, heldOn = "2025-10-09", place = "综治中心会议室" }));
        town.MoveTo(October9);
        var provided = await town.PostAsync(JusticeHandler, $"/api/materials-requests/{materials.GetProperty("id").GetInt64()}/provide", new { materialsProvided = "调解笔录2份、照片6张" });
        var handlerForHead = await town.PostAsync(JusticeHandler, $"/api/report-requests/{headReport.GetProperty("id").GetInt64()}/answer", new { report = "我来汇报" });
        var headAnswer = await town.PostAsync(JusticeHead, $"/api/report-requests/{headReport.GetProperty("id").GetInt64()}/answer", new { report = "已两次调解，分歧在边界桩位置。" });
        var headForNamed = await town.PostAsync(JusticeHead, $"/api/report-requests/{namedReport.GetProperty("id").GetInt64()}/answer", new { report = "代为汇报" });
        var namedAnswer = await town.PostAsync(JusticeHandler, $"/api/report-requests/{namedReport.GetProperty("id").GetInt64()}/answer", new { report = "已走访四户邻居。" });
        var outcome = await Json(await town.PostAsync(Director, $"/api/coordination-meetings/{meeting.GetProperty("id").GetInt64()}/outcome", new
        {
            attendees = new List<string> { "司法所所长", "派出所所长" },
            minutes = "议定由派出所协助维持现场秩序，司法所组织重新测量。",
            decisions = new object[]
            {
                new { description = "重新测量边界", ownerDepartmentId = town.Town.JusticeOffice, dueOn = "2025-10-15" },
                new { description = "测量当日维持秩序", ownerDepartmentId = town.Town.PoliceStation, dueOn = "2025-10-15" },
            },
        }));
        var policeTask = outcome.GetProperty("tasks")[1].GetProperty("id").GetInt64();
        var wrongOwner = await town.PostAsync(JusticeHandler, $"/api/meeting-tasks/{policeTask}/complete", new { note = "已完成" });
        var completed = await town.PostAsync(PoliceHandler, $"/api/meeting-tasks/{policeTask}/complete", new { note = "已派两名民警到场。" });
        var records = await Json(await town.GetAsync(Director, $"{powers}/supervision"));

        Assert.Equal(HttpStatusCode.Created, reminder.StatusCode);
        Assert.Equal(HttpStatusCode.OK, provided.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, handlerForHead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, headAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, headForNamed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, namedAnswer.StatusCode);
        Assert.Equal("Held", outcome.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, wrongOwner.StatusCode);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Single(records.GetProperty("reminders").EnumerateArray());
        Assert.Equal("调解笔录2份、照片6张", records.GetProperty("materialsRequests")[0].GetProperty("materialsProvided").GetString());
        Assert.Equal("2025-10-10", records.GetProperty("materialsRequests")[0].GetProperty("deadline").GetProperty("dueOn").GetString());
        Assert.All(records.GetProperty("reportRequests").EnumerateArray(), r => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, r.GetProperty("report").ValueKind));
        var tasks = records.GetProperty("coordinationMeetings")[0].GetProperty("tasks");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, tasks[0].GetProperty("completedAt").ValueKind);
        Assert.Equal("已派两名民警到场。", tasks[1].GetProperty("completionNote").GetString());
        Assert.Contains("催办：交办单 JB-2025-000001", await town.NotificationTitlesAsync(JusticeHandler));
        Assert.Contains("协调会通知：宅基地边界协调", await town.NotificationTitlesAsync(PoliceHead));
        Assert.Contains(await town.NotificationTitlesAsync(JusticeHead), t => t.StartsWith("要求汇报", StringComparison.Ordinal));
        Assert.Contains(await town.NotificationTitlesAsync(Director), t => t.StartsWith("调阅材料已提供", StringComparison.Ordinal));
        Assert.Contains("议定事项已完成：测量当日维持秩序", await town.NotificationTitlesAsync(Director));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Transfer_WithWrittenNotice_OfficeSupervisesAndCenterMayNot(string provider)
    {
        await using var town = await CreateAsync(provider);
        var matterId = await town.AcceptedAsync();

        var transfer = await town.PostAsync(Director, $"/api/matters/{matterId}/transfer", new
        {
            receivingUnit = "县人社局",
            notice = new { documentNumber = "综治通〔2025〕3号", addressedTo = "镇党政办", text = "该劳动争议已转县人社局办理，请督办。" },
        });
        var assign = await town.PostAsync(Director, $"/api/matters/{matterId}/assign", new { handlingDepartmentId = town.Town.OutsideUnit, requirements = "请依法处理。" });
        var sheet = await Json(assign);
        var sheetId = sheet.GetProperty("id").GetInt64();
        var officeReminder = await town.PostAsync(Office, $"/api/matters/{matterId}/reminders", new { message = "请尽快签收。" });
        var centerReminder = await town.PostAsync(Director, $"/api/matters/{matterId}/reminders", new { message = "中心催办" });
        var materials = await Json(await town.PostAsync(Office, $"/api/matters/{matterId}/materials-requests",
            new { departmentId = town.Town.OutsideUnit, materialsWanted = "受理登记表", dueOn = "2025-10-10" }));
        await town.PostAsync(OutsideHandler, $"/api/assignments/{sheetId}/receive");
        var provided = await town.PostAsync(OutsideHandler, $"/api/materials-requests/{materials.GetProperty("id").GetInt64()}/provide", new { materialsProvided = "受理登记表1份" });
        await town.PostAsync(OutsideHandler, $"/api/assignments/{sheetId}/result", new { whatWasDone = "已仲裁调解", replyToParty = "已答复" });
        var centerReview = await town.PostAsync(Director, $"/api/assignments/{sheetId}/review", new { outcome = "Accepted" });
        var officeReview = await town.PostAsync(Office, $"/api/assignments/{sheetId}/review", new { outcome = "Accepted" });

        Assert.Equal(HttpStatusCode.NoContent, transfer.StatusCode);
        Assert.Contains(await town.NotificationTitlesAsync(Office), t => t.StartsWith("书面通报", StringComparison.Ordinal));
        Assert.Equal("PartyGovernmentOffice", sheet.GetProperty("supervisingBody").GetString());
        Assert.Equal(HttpStatusCode.Created, officeReminder.StatusCode);
        Assert.Contains("镇党政办督查督办", await ProblemOf(centerReminder, HttpStatusCode.Forbidden));
        Assert.Equal(HttpStatusCode.OK, provided.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, centerReview.StatusCode);
        Assert.Equal("ResultAccepted", (await Json(officeReview)).GetProperty("status").GetString());
        Assert.Contains(await town.NotificationTitlesAsync(Office), t => t.Contains("办理结果待审核", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Powers_OnAnArchivedOrUnassignedMatter_Are409(string provider)
    {
        await using var town = await CreateAsync(provider);
        var declined = await town.RegisterAsync();
        await town.PostAsync(Director, $"/api/matters/{declined}/decline", new { reason = "不属于受理范围。" });
        await town.PostAsync(Director, $"/api/matters/{declined}/archive", new { archiveNumber = "DA-1", materials = new List<string> { "登记表" } });
        var accepted = await town.AcceptedAsync();

        var onArchived = await town.PostAsync(Director, $"/api/matters/{declined}/materials-requests",
            new { departmentId = town.Town.JusticeOffice, materialsWanted = "材料", dueOn = "2025-10-10" });
        var reminderWithoutSheet = await town.PostAsync(Director, $"/api/matters/{accepted}/reminders", new { message = "催办" });
        var byHandler = await town.PostAsync(JusticeHandler, $"/api/matters/{accepted}/reminders", new { message = "催办" });

        Assert.Contains("已归档", await ProblemOf(onArchived, HttpStatusCode.Conflict));
        Assert.Contains("尚未交办", await ProblemOf(reminderWithoutSheet, HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.Forbidden, byHandler.StatusCode);
    }
}
