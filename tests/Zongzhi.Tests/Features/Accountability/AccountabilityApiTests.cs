using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Domain.Accountability;
using Zongzhi.Features.Accountability;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Accountability;

public sealed class AccountabilityApiTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Candidates_EachDetectableGround_ProposedThenRecordedByOfficer(string provider)
    {
        var facts = new ListFactSource();
        await using var app = await ZongzhiAppFactory.CreateAsync(provider, s => s.AddSingleton<IAccountabilityFactSource>(facts));
        var handler = await app.CreateUserAsync("handler-" + Guid.NewGuid().ToString("N")[..6], Roles.DepartmentHandler, departmentId: 3);
        facts.Facts.AddRange(Facts(handler.Id));
        using var officer = await app.ClientForAsync(Roles.DisciplineOfficer);

        var candidates = await officer.GetFromJsonAsync<JsonElement[]>("/api/accountability/candidates", Ct);
        Assert.Equal(5, candidates!.Length);
        Assert.Equal(Enum.GetNames<CandidateReason>().Order(), candidates.Select(c => c.GetProperty("reason").GetString()!).Order());
        var overdue = candidates.Single(c => c.GetProperty("reason").GetString() == nameof(CandidateReason.OverdueWithoutExtension));
        var key = overdue.GetProperty("key").GetString();

        var opened = await officer.PostAsJsonAsync("/api/accountability/records", new { candidateKey = key }, Ct);
        var again = await officer.PostAsJsonAsync("/api/accountability/records", new { candidateKey = key }, Ct);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var record = await opened.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = record.GetProperty("id").GetInt64();
        Assert.Equal(handler.Id, record.GetProperty("subjectUserId").GetString());
        Assert.Equal("AssignmentSheet", record.GetProperty("evidence")[0].GetProperty("entityType").GetString());

        var rehandling = candidates.Single(c => c.GetProperty("reason").GetString() == nameof(CandidateReason.RehandlingOrdered)).GetProperty("key").GetString();
        var noReason = await officer.PostAsJsonAsync("/api/accountability/candidates/dismiss", new { key = rehandling, reason = " " }, Ct);
        var dismissed = await officer.PostAsJsonAsync("/api/accountability/candidates/dismiss", new { key = rehandling, reason = "重新办理系因政策调整，非经办人过错" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
        Assert.Equal(3, (await officer.GetFromJsonAsync<JsonElement[]>("/api/accountability/candidates", Ct))!.Length);

        var groundId = await app.WithDbAsync(db => db.AccountabilityGrounds.Where(g => g.Code == "ST-3").Select(g => g.Id).SingleAsync());
        var evidence = await officer.PostAsJsonAsync($"/api/accountability/records/{id}/evidence", new { entityType = "Matter", entityId = "77", note = "事项记录" }, Ct);
        var earlyClose = await officer.PostAsync($"/api/accountability/records/{id}/close", null, Ct);
        var finding = await officer.PostAsJsonAsync($"/api/accountability/records/{id}/finding",
            new { groundId, finding = "经查，无正当理由逾期未办结。", outcome = "EfficiencyWarning" }, Ct);
        var closed = await officer.PostAsync($"/api/accountability/records/{id}/close", null, Ct);
        Assert.Equal(HttpStatusCode.OK, evidence.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, earlyClose.StatusCode);
        Assert.Equal(HttpStatusCode.OK, finding.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        using var subject = await LoginAsync(app, handler.UserName!);
        using var bystander = await app.ClientForAsync(Roles.DepartmentHandler, departmentId: 3);
        var mine = await subject.GetFromJsonAsync<JsonElement[]>("/api/accountability/mine", Ct);
        var statement = await subject.PostAsJsonAsync($"/api/accountability/records/{id}/statements", new { text = "当日在处置群体性事件。" }, Ct);
        var otherStatement = await bystander.PostAsJsonAsync($"/api/accountability/records/{id}/statements", new { text = "x" }, Ct);
        var otherRead = await bystander.GetAsync($"/api/accountability/records/{id}", Ct);
        Assert.Equal("Closed", Assert.Single(mine!).GetProperty("status").GetString());
        Assert.Equal("EfficiencyWarning", mine![0].GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.OK, statement.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherStatement.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherRead.StatusCode);
        Assert.Empty((await bystander.GetFromJsonAsync<JsonElement[]>("/api/accountability/mine", Ct))!);

        var statistics = await officer.GetFromJsonAsync<JsonElement[]>("/api/accountability/statistics?from=2026-11-01&to=2026-11-30", Ct);
        var row = Assert.Single(statistics!);
        Assert.Equal(3, row.GetProperty("departmentId").GetInt64());
        Assert.Equal("ST-3", row.GetProperty("groundCode").GetString());
        Assert.Equal(1, row.GetProperty("closed").GetInt32());
        Assert.Equal(1, row.GetProperty("outcomes").GetProperty("EfficiencyWarning").GetInt32());
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("accountability.")).Select(a => a.Action).ToListAsync());
        Assert.Equal(["accountability.candidate.dismiss", "accountability.close", "accountability.evidence", "accountability.finding",
            "accountability.open", "accountability.statement"], actions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Grounds_SeededFromRegulation_AdministratorAddsOfficerCannot()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var admin = await app.ClientForAsync(Roles.Administrator);
        using var officer = await app.ClientForAsync(Roles.DisciplineOfficer);
        var ground = new { code = "LOCAL-1", subject = "Staff", clause = "镇党委〔2026〕3号", summary = "在网格巡查中弄虚作假的" };

        var grounds = await officer.GetFromJsonAsync<JsonElement[]>("/api/accountability/grounds", Ct);
        var byOfficer = await officer.PostAsJsonAsync("/api/accountability/grounds", ground, Ct);
        var byAdmin = await admin.PostAsJsonAsync("/api/accountability/grounds", ground, Ct);
        var duplicate = await admin.PostAsJsonAsync("/api/accountability/grounds", ground, Ct);

        Assert.Equal(13, grounds!.Length);
        Assert.Equal("刁难打击报复投诉、举报人的", grounds.Single(g => g.GetProperty("code").GetString() == "ST-4").GetProperty("summary").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
    }

    private static List<AccountabilityFact> Facts(string userId) =>
    [
        new OverdueSheetFact(12, new(2026, 11, 20), null, false, 3, userId, [new("AssignmentSheet", "12")]),
        new RehandlingOrderedFact(5, new(2026, 11, 21), 3, userId, [new("AssignmentRound", "5")]),
        new UnsatisfiedCallbackFact(8, new(2026, 11, 22), 3, userId, [new("Callback", "8")]),
        new UnansweredRequestFact(SupervisionRequestKind.ReportRequest, 4, new(2026, 11, 25), null, 3, userId, [new("ReportRequest", "4")]),
        new UnacknowledgedEmergencyFact(9, new(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc), null, 3, userId, [new("Incident", "9")]),
        new OverdueSheetFact(13, new(2026, 12, 20), null, false, 3, userId, [new("AssignmentSheet", "13")]),
    ];

    private static async Task<HttpClient> LoginAsync(ZongzhiAppFactory app, string userName)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/auth/login", new { userName, password = ZongzhiAppFactory.TestPassword }, Ct)).EnsureSuccessStatusCode();
        return client;
    }
}
