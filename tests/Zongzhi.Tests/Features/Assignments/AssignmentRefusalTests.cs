using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Assignments.AssignmentScenario;

namespace Zongzhi.Tests.Features.Assignments;

public sealed class AssignmentRefusalTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Actions_OutOfOrderOrOutOfScope_AreRefused(string provider)
    {
        await using var town = await CreateAsync(provider);
        var (_, sheetId) = await town.AssignedAsync(coHandling: [town.Town.PoliceStation]);
        var outsiderMatter = await town.AcceptedAsync();
        await town.PostAsync(Director, $"/api/matters/{outsiderMatter}/assign", new { handlingDepartmentId = town.Town.OutsideUnit, requirements = "请调处。" });

        var resultFirst = await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/result", new { whatWasDone = "已办", replyToParty = "已答复" });
        var otherDepartmentSigns = await town.PostAsync(OutsideHandler, $"/api/assignments/{sheetId}/receive");
        var coHandlerSigns = await town.PostAsync(PoliceHandler, $"/api/assignments/{sheetId}/receive");
        var otherDepartmentReads = await town.GetAsync(OutsideHandler, $"/api/assignments/{sheetId}");
        var otherDepartmentList = await Json(await town.GetAsync(OutsideHandler, "/api/assignments"));
        var handlerReviews = await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/review", new { outcome = "Accepted" });
        var directorSigns = await town.PostAsync(Director, $"/api/assignments/{sheetId}/receive");

        Assert.Contains("尚未签收", await ProblemOf(resultFirst, HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.NotFound, otherDepartmentSigns.StatusCode);
        Assert.Contains("只有承办部门", await ProblemOf(coHandlerSigns, HttpStatusCode.Forbidden));
        Assert.Equal(HttpStatusCode.NotFound, otherDepartmentReads.StatusCode);
        Assert.DoesNotContain(otherDepartmentList.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt64() == sheetId);
        Assert.Equal(HttpStatusCode.Forbidden, handlerReviews.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, directorSigns.StatusCode);
        Assert.Equal("AwaitingReceipt", (await town.SheetAsync(sheetId)).GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Assign_ToTheRespondentDepartment_Is400NamingTheField(string provider)
    {
        await using var town = await CreateAsync(provider);
        var matterId = await town.AcceptedAsync(respondentDepartmentId: town.Town.JusticeOffice);

        var asHandler = await town.PostAsync(Director, $"/api/matters/{matterId}/assign", new { handlingDepartmentId = town.Town.JusticeOffice, requirements = "请调处。" });
        var asCoHandler = await town.PostAsync(Director, $"/api/matters/{matterId}/assign",
            new { handlingDepartmentId = town.Town.PoliceStation, coHandlingDepartmentIds = new[] { town.Town.JusticeOffice }, requirements = "请调处。" });

        Assert.Contains("被投诉方", await ErrorOf(asHandler, "handlingDepartmentId"));
        Assert.Contains("被投诉方", await ErrorOf(asCoHandler, "coHandlingDepartmentIds[0]"));
        Assert.Equal(0, await town.App.WithDbAsync(db => db.AssignmentSheets.CountAsync(Token)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Actions_BadInput_Are400NamingEachFieldAndSaveNothing(string provider)
    {
        await using var town = await CreateAsync(provider);
        var matterId = await town.AcceptedAsync();

        var assign = await town.PostAsync(Director, $"/api/matters/{matterId}/assign",
            new { coHandlingDepartmentIds = new List<long> { 999_999L }, requirements = " " });
        var good = await town.PostAsync(Director, $"/api/matters/{matterId}/assign", new { handlingDepartmentId = town.Town.JusticeOffice, requirements = "请调处。" });
        var created = await Json(good);
        var sheetId = created.GetProperty("id").GetInt64();
        await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/receive");
        var result = await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/result", new { whatWasDone = new string('办', 10_001), replyToParty = "" });
        var extension = await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/extension-requests", new { reason = "" });
        var review = await town.PostAsync(Director, $"/api/assignments/{sheetId}/review", new { outcome = "RehandlingOrdered" });
        var meeting = await town.PostAsync(Director, $"/api/matters/{matterId}/coordination-meetings", new { departmentIds = new List<long> { 999_999L } });

        Assert.Contains("承办部门", await ErrorOf(assign, "handlingDepartmentId"));
        Assert.Contains("交办要求", await ErrorOf(assign, "requirements"));
        Assert.Contains("部门不存在", await ErrorOf(assign, "coHandlingDepartmentIds[0]"));
        Assert.Equal("JB-2025-000001", created.GetProperty("number").GetString());
        Assert.Contains("不能超过 10000 个字", await ErrorOf(result, "whatWasDone"));
        Assert.Contains("答复当事人", await ErrorOf(result, "replyToParty"));
        Assert.Contains("延期理由", await ErrorOf(extension, "reason"));
        Assert.Contains("日期", await ErrorOf(extension, "proposedDueOn"));
        Assert.Contains("重新办理的理由", await ErrorOf(review, "reasons"));
        Assert.Contains("议题", await ErrorOf(meeting, "topic"));
        Assert.Contains("部门不存在", await ErrorOf(meeting, "departmentIds[0]"));
        Assert.Contains("日期", await ErrorOf(meeting, "heldOn"));
        Assert.Contains("地点", await ErrorOf(meeting, "place"));
        var sheet = await town.SheetAsync(sheetId);
        Assert.Equal("InHandling", sheet.GetProperty("status").GetString());
        Assert.Equal(0, sheet.GetProperty("rounds")[0].GetProperty("extensionRequests").GetArrayLength());
        Assert.Equal(0, await town.App.WithDbAsync(db => db.CoordinationMeetings.CountAsync(Token)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Receive_WithStaleVersion_Is409AndChangesNothing(string provider)
    {
        await using var town = await CreateAsync(provider);
        var (_, sheetId) = await town.AssignedAsync();
        var version = (await town.SheetAsync(sheetId, JusticeHandler)).GetProperty("version").GetInt32();
        await town.PostAsync(Director, $"/api/matters/{(await town.SheetAsync(sheetId)).GetProperty("matterId").GetInt64()}/reminders", new { message = "请尽快签收。" });

        var stale = await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/receive", new { version });

        Assert.Contains("已被他人修改", await ProblemOf(stale, HttpStatusCode.Conflict));
        Assert.Equal("AwaitingReceipt", (await town.SheetAsync(sheetId)).GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Receive_TwentyParallelAttempts_OneSucceedsTheRestAre409(string provider)
    {
        await using var town = await CreateAsync(provider);
        var (_, sheetId) = await town.AssignedAsync();
        var handler = await town.As(JusticeHandler);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            handler.PostAsync($"/api/assignments/{sheetId}/receive", System.Net.Http.Json.JsonContent.Create(new { }), Token)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await town.App.WithDbAsync(db => db.AssignmentRounds.CountAsync(Token)));
        Assert.Equal(1, await town.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "assignment.receive", Token)));
    }
}
