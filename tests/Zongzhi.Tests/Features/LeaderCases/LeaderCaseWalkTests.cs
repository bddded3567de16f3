using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Calendar;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.LeaderCases.LeaderCaseScenario;

namespace Zongzhi.Tests.Features.LeaderCases;

public sealed class LeaderCaseWalkTests
{
    private static readonly string[] _handedOverMaterials = ["调处方案", "调解协议书", "勘界记录"];

    private static readonly string[] _archiveMaterials = ["调处方案", "调解协议书"];

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task LeaderCase_TakeToArchive_WalksThroughEveryStep(string provider)
    {
        await using var town = await CreateAsync(provider);
        var (matterId, caseId) = await town.HandAsync();

        var take = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/take");
        var plan = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/plan", new { findings = "双方界址不清", measures = "联合国土所现场勘界", people = "王镇长、司法所" });
        var note = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/progress", new { text = "已约双方现场见面" });
        var taken = await town.CaseAsync(caseId);
        var dueOn = DateOnly.Parse(taken.GetProperty("case").GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture);
        var coordination = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/coordination-requests",
            new { departmentId = town.Town.JusticeOffice, request = "请司法所派员参与调解", dueOn = dueOn.AddDays(-7) });
        var coordinationId = (await Json(coordination)).GetProperty("id").GetInt64();
        var coordinationQueue = await town.JusticeHandler.GetFromJsonAsync<JsonElement>("/api/coordination-requests?open=true", Token);
        var otherQueue = await town.PoliceHandler.GetFromJsonAsync<JsonElement>("/api/coordination-requests", Token);
        var wrongDepartment = await PostAsync(town.PoliceHandler, $"/api/coordination-requests/{coordinationId}/reply", new { reply = "无" });
        var reply = await PostAsync(town.JusticeHandler, $"/api/coordination-requests/{coordinationId}/reply", new { reply = "已指派调解员张某参加" });

        Assert.Equal(HttpStatusCode.NoContent, take.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, plan.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, note.StatusCode);
        Assert.Equal("InProgress", taken.GetProperty("case").GetProperty("status").GetString());
        Assert.True(taken.GetProperty("case").GetProperty("workingDaysRemaining").GetInt32() > 15);
        Assert.Equal(HttpStatusCode.Created, coordination.StatusCode);
        Assert.Equal(coordinationId, Assert.Single(coordinationQueue.EnumerateArray()).GetProperty("id").GetInt64());
        Assert.Equal(0, otherQueue.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, wrongDepartment.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        Assert.Contains(await town.NotificationTitlesAsync("handler-justice"), t => t.StartsWith("包案协助请求", StringComparison.Ordinal));
        Assert.DoesNotContain(await town.NotificationTitlesAsync("handler-police"), t => t.StartsWith("包案协助请求", StringComparison.Ordinal));
        Assert.True(await town.App.WithDbAsync(db => db.Deadlines.AnyAsync(d => d.Subject == DeadlineSubject.LeaderCase && d.MatterId == matterId && d.DueOn == dueOn, Token)));

        var first = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/extension-requests", new { reason = "需等待勘界结果", proposedDueOn = dueOn.AddDays(20) });
        var firstId = (await Json(first)).GetProperty("id").GetInt64();
        var queue = await town.TopLeader.GetFromJsonAsync<JsonElement>("/api/leader-cases/extension-requests?status=Pending", Token);
        var byDirector = await PostAsync(town.Director, $"/api/leader-cases/extension-requests/{firstId}/approve");
        var rejected = await PostAsync(town.TopLeader, $"/api/leader-cases/extension-requests/{firstId}/reject", new { reason = "勘界可在期限内完成" });
        var afterRejection = await town.CaseAsync(caseId);
        var second = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/extension-requests", new { reason = "当事人外出务工", proposedDueOn = dueOn.AddDays(20) });
        var secondId = (await Json(second)).GetProperty("id").GetInt64();
        var approved = await PostAsync(town.TopLeader, $"/api/leader-cases/extension-requests/{secondId}/approve", new { approvedDueOn = dueOn.AddDays(14), comment = "同意" });
        var extended = (await town.CaseAsync(caseId)).GetProperty("case");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(firstId, Assert.Single(queue.EnumerateArray()).GetProperty("id").GetInt64());
        Assert.Contains(await town.NotificationTitlesAsync("top-leader"), t => t.StartsWith("包案延期申请待审批", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, byDirector.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, rejected.StatusCode);
        Assert.Equal(Iso(dueOn), afterRejection.GetProperty("case").GetProperty("dueOn").GetString());
        Assert.False(afterRejection.GetProperty("case").GetProperty("isExtended").GetBoolean());
        Assert.Equal("Rejected", afterRejection.GetProperty("extensionRequests")[0].GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        Assert.Equal(Iso(dueOn.AddDays(14)), extended.GetProperty("dueOn").GetString());
        Assert.Equal(Iso(dueOn), extended.GetProperty("originalDueOn").GetString());
        Assert.True(extended.GetProperty("isExtended").GetBoolean());

        var close = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/close", new { closingResult = "双方达成调解协议", partySatisfaction = "Satisfied" });
        var archiveTooEarly = await PostAsync(town.Director, $"/api/matters/{matterId}/archive", new { archiveNumber = "DA-2026-001", materials = _archiveMaterials });
        var handOver = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/hand-over", new { materials = _handedOverMaterials });
        var archive = await PostAsync(town.Director, $"/api/matters/{matterId}/archive", new { archiveNumber = "DA-2026-001", materials = _archiveMaterials });
        var afterArchive = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/progress", new { text = "补记" });
        var archived = await town.CaseAsync(caseId);
        var matter = await town.Director.GetFromJsonAsync<JsonElement>($"/api/matters/{matterId}", Token);

        Assert.Equal(HttpStatusCode.NoContent, close.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, archiveTooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, handOver.StatusCode);
        Assert.Contains(await town.NotificationTitlesAsync("director"), t => t.StartsWith("包案材料已移交", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NoContent, archive.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, afterArchive.StatusCode);
        Assert.Equal("Archived", archived.GetProperty("case").GetProperty("status").GetString());
        Assert.Equal("Satisfied", archived.GetProperty("closure").GetProperty("partySatisfaction").GetString());
        Assert.Equal(3, archived.GetProperty("handOver").GetProperty("materials").GetArrayLength());
        Assert.Equal("已指派调解员张某参加", archived.GetProperty("coordinationRequests")[0].GetProperty("reply").GetString());
        Assert.Equal("Archived", matter.GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Transfer_OutsideTownAuthority_CenterFilesNoticeAndMatterStaysTraceable(string provider)
    {
        await using var town = await CreateAsync(provider);
        var (matterId, caseId) = await town.HandAsync();
        await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/take");
        var today = DateOnly.FromDateTime(town.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

        var transfer = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/transfer", new
        {
            competentAgency = "县人力资源和社会保障局",
            contactedOn = today.AddDays(-1),
            notice = new { documentNumber = "包案告知〔2026〕1号", addressedTo = "镇综治中心", text = "该事项属劳动争议，已联系县人社局并移交。" },
        });
        var filed = await PostAsync(town.Director, $"/api/matters/{matterId}/file-transfer-notice");
        var matter = await town.Director.GetFromJsonAsync<JsonElement>($"/api/matters/{matterId}", Token);
        var leaderCase = await town.CaseAsync(caseId);
        var archive = await PostAsync(town.Director, $"/api/matters/{matterId}/archive", new { archiveNumber = "DA-2026-002", materials = _archiveMaterials });

        Assert.Equal(HttpStatusCode.NoContent, transfer.StatusCode);
        Assert.Contains(await town.NotificationTitlesAsync("director"), t => t.StartsWith("书面告知", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NoContent, filed.StatusCode);
        Assert.Equal("Transferred", matter.GetProperty("status").GetString());
        Assert.Equal("县人力资源和社会保障局", matter.GetProperty("transfer").GetProperty("receivingUnit").GetString());
        Assert.Equal(Iso(today.AddDays(-1)), matter.GetProperty("transfer").GetProperty("contactedOn").GetString());
        Assert.Equal(JsonValueKind.String, matter.GetProperty("transfer").GetProperty("filedAt").ValueKind);
        Assert.Equal("Transferred", leaderCase.GetProperty("case").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, leaderCase.GetProperty("case").GetProperty("workingDaysRemaining").ValueKind);
        Assert.Equal(HttpStatusCode.NoContent, archive.StatusCode);
    }

    private static string Iso(DateOnly date) => date.ToString("O", CultureInfo.InvariantCulture);
}
