using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Assignments.AssignmentScenario;

namespace Zongzhi.Tests.Features.Assignments;

public sealed class AssignmentWalkTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Walk_RegisterToArchive_WithRehandlingAcrossNationalDay(string provider)
    {
        await using var town = await CreateAsync(provider);
        var matterId = await town.AcceptedAsync();

        var assigned = await town.PostAsync(Director, $"/api/matters/{matterId}/assign",
            new { handlingDepartmentId = town.Town.JusticeOffice, coHandlingDepartmentIds = new[] { town.Town.PoliceStation }, requirements = "请依法调处并答复当事人。" });
        var sheet = await Json(assigned);
        var sheetId = sheet.GetProperty("id").GetInt64();
        var received = await Json(await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/receive"));
        var noted = await town.PostAsync(PoliceHandler, $"/api/assignments/{sheetId}/progress", new { text = "协办：已走访双方邻居。" });
        var first = await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/result",
            new { whatWasDone = "组织双方调解，达成初步意向。", replyToParty = "已电话答复。", partySatisfaction = "Unsatisfied" });
        var rehandle = await town.PostAsync(Director, $"/api/assignments/{sheetId}/review",
            new { outcome = "RehandlingOrdered", reasons = "当事人不满意，请重新测量边界。" });
        var second = await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/result",
            new { whatWasDone = "会同国土所重新测量，双方签订协议。", replyToParty = "已当面答复。", partySatisfaction = "Satisfied" });
        var accept = await town.PostAsync(Director, $"/api/assignments/{sheetId}/review", new { outcome = "Accepted", comment = "同意办结。" });
        var callback = await town.PostAsync(Director, $"/api/matters/{matterId}/callback", new { method = "Phone", satisfaction = "Satisfied" });
        var close = await town.PostAsync(Director, $"/api/matters/{matterId}/close");
        var archive = await town.PostAsync(Director, $"/api/matters/{matterId}/archive",
            new { archiveNumber = "ZZ-DA-2025-001", materials = new List<string> { "交办单", "调解协议书" } });
        var final = await town.SheetAsync(sheetId, JusticeHead);
        var afterArchive = await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/progress", new { text = "补充材料" });

        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        Assert.Equal("JB-2025-000001", sheet.GetProperty("number").GetString());
        Assert.Equal("AwaitingReceipt", sheet.GetProperty("status").GetString());
        var deadline = received.GetProperty("deadline");
        Assert.Equal("2025-10-16", deadline.GetProperty("dueOn").GetString());
        Assert.Equal("2025-10-16", deadline.GetProperty("originalDueOn").GetString());
        Assert.False(deadline.GetProperty("isProvisional").GetBoolean());
        Assert.False(string.IsNullOrEmpty(deadline.GetProperty("calendarVersion").GetString()));
        // 30 September itself, then 9, 10, 11 (makeup Saturday), 13, 14, 15 and 16 October.
        Assert.Equal(8, deadline.GetProperty("workingDaysRemaining").GetInt32());
        Assert.Equal(HttpStatusCode.OK, noted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("InHandling", (await Json(rehandle)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("ResultAccepted", (await Json(accept)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NoContent, callback.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, close.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, archive.StatusCode);
        var rounds = final.GetProperty("rounds");
        Assert.Equal(2, rounds.GetArrayLength());
        Assert.Equal("RehandlingOrdered", rounds[0].GetProperty("outcome").GetString());
        Assert.Equal("当事人不满意，请重新测量边界。", rounds[1].GetProperty("rehandlingReasons").GetString());
        Assert.Equal("协办：已走访双方邻居。", rounds[0].GetProperty("progressNotes")[0].GetProperty("text").GetString());
        Assert.Equal("Accepted", rounds[1].GetProperty("outcome").GetString());
        Assert.Contains("已归档", await ProblemOf(afterArchive, HttpStatusCode.Conflict));
        Assert.Contains("交办单 JB-2025-000001 待签收", await town.NotificationTitlesAsync(JusticeHandler));
        Assert.Contains("交办单 JB-2025-000001 待签收", await town.NotificationTitlesAsync(PoliceHead));
        Assert.Contains("交办单 JB-2025-000001 须重新办理", await town.NotificationTitlesAsync(JusticeHead));
        Assert.Equal(2, (await town.NotificationTitlesAsync(Director)).Count(t => t == "交办单 JB-2025-000001 办理结果待审核"));
        var actions = await town.App.WithDbAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("assignment.")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Token));
        Assert.Equal(["assignment.assign", "assignment.receive", "assignment.progress", "assignment.result", "assignment.review", "assignment.result", "assignment.review"], actions);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task List_DepartmentSeesOwnSheets_DirectorSeesAll_FilteredByStatus(string provider)
    {
        await using var town = await CreateAsync(provider);
        var (_, justiceSheet) = await town.ReceivedAsync();
        var policeMatter = await town.AcceptedAsync();
        await town.PostAsync(Director, $"/api/matters/{policeMatter}/assign", new { handlingDepartmentId = town.Town.PoliceStation, requirements = "请调处。" });

        var justice = await Json(await town.GetAsync(JusticeHandler, "/api/assignments"));
        var all = await Json(await town.GetAsync(Director, "/api/assignments?pageSize=1"));
        var next = await Json(await town.GetAsync(Director, $"/api/assignments?pageSize=1&after={all.GetProperty("nextAfter").GetInt64()}"));
        var waiting = await Json(await town.GetAsync(Director, "/api/assignments?status=AwaitingReceipt"));

        Assert.Equal(justiceSheet, Assert.Single(justice.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());
        Assert.Equal("2025-10-16", justice.GetProperty("items")[0].GetProperty("dueOn").GetString());
        Assert.Equal("JB-2025-000002", all.GetProperty("items")[0].GetProperty("number").GetString());
        Assert.Equal("JB-2025-000001", next.GetProperty("items")[0].GetProperty("number").GetString());
        Assert.Equal(JsonValueKindNull, next.GetProperty("nextAfter").ValueKind);
        Assert.Equal("JB-2025-000002", Assert.Single(waiting.GetProperty("items").EnumerateArray()).GetProperty("number").GetString());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
