using System.Net;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.LeaderCases.LeaderCaseScenario;

namespace Zongzhi.Tests.Features.LeaderCases;

public sealed class LeaderCaseRefusalTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task LeaderActions_ByAnyoneButTheNamedLeader_AreRefused(string provider)
    {
        await using var town = await CreateAsync(provider);
        var (_, caseId) = await town.HandAsync();
        using var townLeader = await town.TownLeaderAsync();

        var outsideScope = await PostAsync(town.OtherLeader, $"/api/leader-cases/{caseId}/take");
        var unseenDetail = await town.OtherLeader.GetAsync($"/api/leader-cases/{caseId}", Token);
        var seesButNotNamed = await PostAsync(townLeader, $"/api/leader-cases/{caseId}/take");
        var notALeader = await PostAsync(town.Director, $"/api/leader-cases/{caseId}/take");
        var unknown = await PostAsync(town.Leader, "/api/leader-cases/999999/take");

        Assert.Equal(HttpStatusCode.NotFound, outsideScope.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unseenDetail.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, seesButNotNamed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notALeader.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Actions_StaleVersionBadInputOrWrongDecider_AreRefused(string provider)
    {
        await using var town = await CreateAsync(provider);
        var (_, caseId) = await town.HandAsync();
        await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/take");
        var version = (await town.CaseAsync(caseId)).GetProperty("version").GetInt32();

        var fresh = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/progress", new { text = "第一次进展", version });
        var stale = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/progress", new { text = "基于旧版本的进展", version });
        var noFindings = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/plan", new { findings = " ", measures = "措施", people = "人员" });
        var noDate = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/extension-requests", new { reason = "理由" });
        var pastDue = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/coordination-requests",
            new { departmentId = town.Town.JusticeOffice, request = "协助", dueOn = "2020-01-01" });
        var noSatisfaction = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/close", new { closingResult = "结果" });
        var closeWithoutPlan = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/close", new { closingResult = "结果", partySatisfaction = "Satisfied" });
        var request = await PostAsync(town.Leader, $"/api/leader-cases/{caseId}/extension-requests", new { reason = "理由", proposedDueOn = "2027-06-30" });
        var requestId = (await Json(request)).GetProperty("id").GetInt64();
        var byDirector = await PostAsync(town.Director, $"/api/leader-cases/extension-requests/{requestId}/reject", new { reason = "不同意" });
        var directorQueue = await town.Director.GetAsync("/api/leader-cases/extension-requests?status=Pending", Token);
        var rejectWithoutReason = await PostAsync(town.TopLeader, $"/api/leader-cases/extension-requests/{requestId}/reject", new { reason = "" });

        Assert.Equal(HttpStatusCode.NoContent, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("调查情况", await ErrorOf(noFindings, "findings"), StringComparison.Ordinal);
        Assert.Contains("延期", await ErrorOf(noDate, "proposedDueOn"), StringComparison.Ordinal);
        Assert.Contains("答复期限", await ErrorOf(pastDue, "dueOn"), StringComparison.Ordinal);
        Assert.Contains("满意度", await ErrorOf(noSatisfaction, "partySatisfaction"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, closeWithoutPlan.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byDirector.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, directorQueue.StatusCode);
        Assert.Contains("理由", await ErrorOf(rejectWithoutReason, "reason"), StringComparison.Ordinal);
        Assert.Equal("Pending", (await town.CaseAsync(caseId)).GetProperty("extensionRequests")[0].GetProperty("status").GetString());
    }
}
