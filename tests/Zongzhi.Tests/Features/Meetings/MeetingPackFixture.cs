using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Features.Information;

namespace Zongzhi.Tests.Features.Meetings;

/// <summary>
/// A small known town across September and October 2025, walked through the API at its dates, whose October pack is
/// counted by hand (see <see cref="MeetingPackTests"/>):
/// <list type="bullet">
/// <item>30 Sep: A and B (东村, 邻里纠纷, 来访) accepted, assigned to the justice office and signed (due 16 Oct across
/// National Day); C (西社区, 劳动争议, 来电) accepted.</item>
/// <item>10 Oct: B's result (on time), re-handling ordered; A's extension to 22 Oct approved; D (西社区, 劳动争议, 来电)
/// handed to a leader, who takes it (due 10 Nov); E (西社区, 劳动争议, 来访) accepted; F (东村, 婚姻家庭, 来信) left
/// registered; G (东村, 邻里纠纷, 来访) assigned and signed, never answered (overdue by 31 Oct); an informant's item and a
/// major incident.</item>
/// <item>15 Oct: B's second result (on time), accepted, callback 不满意, closed.</item>
/// <item>20 Oct: A's result (late against 16 Oct, within the extension), accepted, callback 满意, closed; an
/// accountability record against the justice office (ST-3).</item>
/// <item>6 Nov: 东村 submits its October report; 西社区 does not (due 5 Nov).</item>
/// </list>
/// </summary>
public static class MeetingPackFixture
{
    public const string Leader = "leader";
    public const string Informant = "informant";
    public const string EastReporter = "reporter-east";
    public const string Officer = "officer";

    private static readonly object Result = new { whatWasDone = "组织双方调解，达成协议。", replyToParty = "已电话答复。", partySatisfaction = "Satisfied" };

    public static DateTimeOffset At(int month, int day) => new(2025, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    public static async Task<AssignmentScenario> CreateAsync(string provider)
    {
        var town = await AssignmentScenario.CreateAsync(provider);
        var leaderId = (await town.App.CreateUserAsync(Leader, Roles.CaseLeader)).Id;
        await town.App.CreateUserAsync(Informant, Roles.Informant);
        await town.App.CreateUserAsync(EastReporter, Roles.VillageReporter, villageId: town.Town.EastVillage);
        await town.App.CreateUserAsync(Officer, Roles.DisciplineOfficer);
        var t = town.Town;

        var a = await AssignedAndSignedAsync(town, "Visit", t.EastVillage, "neighbour");
        var b = await AssignedAndSignedAsync(town, "Visit", t.EastVillage, "neighbour");
        await AcceptAsync(town, await RegisterAsync(town, "Call", t.WestVillage, "labour"));

        town.MoveTo(At(10, 10));
        Ok(await town.PostAsync(AssignmentScenario.JusticeHandler, $"/api/assignments/{b.Sheet}/result", Result));
        Ok(await town.PostAsync(AssignmentScenario.Director, $"/api/assignments/{b.Sheet}/review", new { outcome = "RehandlingOrdered", reasons = "当事人不满意，请重新调处。" }));
        var extension = await AssignmentScenario.Json(await town.PostAsync(AssignmentScenario.JusticeHandler, $"/api/assignments/{a.Sheet}/extension-requests",
            new { reason = "需等待国土所测量结果。", proposedDueOn = "2025-10-22" }));
        Ok(await town.PostAsync(AssignmentScenario.Director, $"/api/extension-requests/{extension.GetProperty("id").GetInt64()}/approve",
            new { approvedDueOn = "2025-10-22", comment = "同意。" }));
        var d = await RegisterAsync(town, "Call", t.WestVillage, "labour");
        Ok(await town.PostAsync(AssignmentScenario.Director, $"/api/matters/{d}/hand-to-leader", new { caseLeaderUserId = leaderId }));
        var caseId = await town.App.WithDbAsync(db => db.LeaderCases.Where(c => c.MatterId == d).Select(c => c.Id).SingleAsync(AssignmentScenario.Token));
        Ok(await town.PostAsync(Leader, $"/api/leader-cases/{caseId}/take"));
        await AcceptAsync(town, await RegisterAsync(town, "Visit", t.WestVillage, "labour"));
        await RegisterAsync(town, "Letter", t.EastVillage, "marriage-family");
        await AssignedAndSignedAsync(town, "Visit", t.EastVillage, "neighbour");
        var informant = await town.As(Informant);
        await InformationApiTests.PostAsync(informant, "/api/information", InformationApiTests.Item("Informant", null, occurredAt: "2025-10-10T08:00:00+08:00"), HttpStatusCode.Created);
        await InformationApiTests.PostAsync(informant, "/api/information", InformationApiTests.Item("MajorIncident", null, occurredAt: "2025-10-10T08:00:00+08:00"), HttpStatusCode.Created);

        town.MoveTo(At(10, 15));
        Ok(await town.PostAsync(AssignmentScenario.JusticeHandler, $"/api/assignments/{b.Sheet}/result", Result));
        await AcceptCallBackAndCloseAsync(town, b, "Unsatisfied");

        town.MoveTo(At(10, 20));
        Ok(await town.PostAsync(AssignmentScenario.JusticeHandler, $"/api/assignments/{a.Sheet}/result", Result));
        await AcceptCallBackAndCloseAsync(town, a, "Satisfied");
        var groundId = await town.App.WithDbAsync(db => db.AccountabilityGrounds.Where(g => g.Code == "ST-3").Select(g => g.Id).SingleAsync(AssignmentScenario.Token));
        Ok(await town.PostAsync(Officer, "/api/accountability/records", new { subjectDepartmentId = t.JusticeOffice, groundId, summary = "交办事项逾期办结。" }));

        town.MoveTo(At(11, 6));
        var (status, body) = await VillageReportApiTests.ImportAsync(await town.As(EastReporter),
            VillageReportApiTests.Xlsx([VillageReportApiTests.Row("东村", "2025-10", "邻里纠纷", 2, 2, 0)]), submit: true);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Created, $"import: {status} {body}");
        return town;
    }

    private static async Task<(long Matter, long Sheet)> AssignedAndSignedAsync(AssignmentScenario town, string channel, long village, string category)
    {
        var matter = await RegisterAsync(town, channel, village, category);
        await AcceptAsync(town, matter);
        var assigned = await town.PostAsync(AssignmentScenario.Director, $"/api/matters/{matter}/assign",
            new { handlingDepartmentId = town.Town.JusticeOffice, coHandlingDepartmentIds = Array.Empty<long>(), requirements = "请依法调处，七个工作日内答复当事人。" });
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var sheet = (await AssignmentScenario.Json(assigned)).GetProperty("id").GetInt64();
        Ok(await town.PostAsync(AssignmentScenario.JusticeHandler, $"/api/assignments/{sheet}/receive"));
        return (matter, sheet);
    }

    private static async Task AcceptCallBackAndCloseAsync(AssignmentScenario town, (long Matter, long Sheet) work, string satisfaction)
    {
        Ok(await town.PostAsync(AssignmentScenario.Director, $"/api/assignments/{work.Sheet}/review", new { outcome = "Accepted", comment = "同意办结。" }));
        Ok(await town.PostAsync(AssignmentScenario.Director, $"/api/matters/{work.Matter}/callback", new { method = "Phone", satisfaction }));
        Ok(await town.PostAsync(AssignmentScenario.Director, $"/api/matters/{work.Matter}/close"));
    }

    private static async Task AcceptAsync(AssignmentScenario town, long matter) =>
        Ok(await town.PostAsync(AssignmentScenario.Director, $"/api/matters/{matter}/accept", new { complexity = "General" }));

    private static async Task<long> RegisterAsync(AssignmentScenario town, string channel, long village, string category)
    {
        var receivedAt = town.App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddMinutes(-30);
        var registered = await town.PostAsync(AssignmentScenario.Clerk, "/api/matters", new
        {
            channel,
            receivedAt = receivedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            villageId = village,
            category,
            summary = "例会统计用事项",
            description = "用于例会材料手工核对的事项。",
            parties = new object[] { new { role = "Complainant", name = "张三", phone = "13812345678" } },
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return (await AssignmentScenario.Json(registered)).GetProperty("id").GetInt64();
    }

    private static void Ok(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
}
