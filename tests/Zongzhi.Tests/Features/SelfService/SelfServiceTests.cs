using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Data;
using Zongzhi.Features.SelfService;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Assignments.AssignmentScenario;

namespace Zongzhi.Tests.Features.SelfService;

/// <summary>一案一码: the public lookup follows the matter through its stages, the party rates it once closed, and an
/// unsatisfied rating reaches the supervising body, whose review can order re-handling.</summary>
public sealed class SelfServiceTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task The_party_follows_the_stages_rates_the_result_and_an_unsatisfied_rating_is_reviewed(string provider)
    {
        await using var town = await AssignmentScenario.CreateAsync(provider);
        using var citizen = Anonymous(town.App);
        var matterId = await town.AcceptedAsync();
        var number = await NumberAsync(town, matterId);
        var code = await IssueCodeAsync(town, matterId);

        var accepted = await LookupAsync(citizen, number, code);
        Assert.Equal("已受理", accepted.GetProperty("currentStage").GetString());
        Assert.Equal(JsonValueKind.Null, accepted.GetProperty("handlingUnit").ValueKind);

        var sheetId = await AssignAndReceiveAsync(town, matterId);
        var handling = await LookupAsync(citizen, number, code.ToLowerInvariant());
        Assert.Equal("办理中", handling.GetProperty("currentStage").GetString());
        Assert.Equal("司法所", handling.GetProperty("handlingUnit").GetString());
        Assert.Equal("2025-10-16", handling.GetProperty("dueOn").GetString());
        Assert.False(handling.GetProperty("extended").GetBoolean());
        Assert.Equal(JsonValueKind.Null, handling.GetProperty("handlerName").ValueKind);
        Assert.False(handling.GetProperty("canRate").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await citizen.PostAsJsonAsync("/api/self-service/evaluation", new { number, code, rating = "Satisfied" }, Token)).StatusCode);

        await CloseAsync(town, matterId, sheetId);
        var closed = await LookupAsync(citizen, number, code);
        Assert.Equal("已办结", closed.GetProperty("currentStage").GetString());
        Assert.Equal("已当面答复，双方签订调解协议。", closed.GetProperty("reply").GetString());
        Assert.True(closed.GetProperty("canRate").GetBoolean());
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("dueOn").ValueKind);

        var rated = await citizen.PostAsJsonAsync("/api/self-service/evaluation", new { number, code, rating = "Unsatisfied", comment = "边界还是没量清楚。" }, Token);
        Assert.Equal(HttpStatusCode.NoContent, rated.StatusCode);
        var evaluation = (await LookupAsync(citizen, number, code)).GetProperty("evaluation");
        Assert.Equal("Unsatisfied", evaluation.GetProperty("rating").GetString());

        // The rating feeds the monthly meeting pack beside the callbacks.
        var pack = await Json(await town.GetAsync(Director, "/api/meetings/pack?month=2025-09"));
        Assert.Equal(1, pack.GetProperty("ratings").GetInt32());
        Assert.Equal(0, pack.GetProperty("ratedSatisfied").GetInt32());
        Assert.Equal(0.0, pack.GetProperty("ratingSatisfactionRate").GetDouble());
        Assert.Equal(1, pack.GetProperty("callbacks").GetInt32());

        // The supervising body hears of it once and sees the review.
        var reviews = await Json(await town.GetAsync(Director, "/api/self-service/reviews"));
        var review = Assert.Single(reviews.EnumerateArray());
        Assert.Equal(number, review.GetProperty("number").GetString());
        var inbox = await Json(await town.GetAsync(Director, "/api/notifications"));
        Assert.Single(inbox.ToString().Split("当事人评价不满意").Skip(1));
        Assert.Empty((await Json(await town.GetAsync(Office, "/api/self-service/reviews"))).EnumerateArray());

        // The office does not supervise this matter (outside its scope: 404); the director orders re-handling.
        var reviewId = review.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NotFound, (await town.PostAsync(Office, $"/api/self-service/reviews/{reviewId}", new { outcome = "Upheld", note = "维持" })).StatusCode);
        var missingNote = await town.PostAsync(Director, $"/api/self-service/reviews/{reviewId}", new { outcome = "RehandlingOrdered" });
        Assert.Equal(HttpStatusCode.BadRequest, missingNote.StatusCode);
        Assert.Contains("note", (await missingNote.Content.ReadAsStringAsync(Token)), StringComparison.Ordinal);
        var ordered = await town.PostAsync(Director, $"/api/self-service/reviews/{reviewId}", new { outcome = "RehandlingOrdered", note = "请会同国土所重新测量边界。" });
        Assert.Equal(HttpStatusCode.OK, ordered.StatusCode);
        var sheet = await town.SheetAsync(sheetId);
        Assert.Equal(2, sheet.GetProperty("rounds").GetArrayLength());
        var again = await LookupAsync(citizen, number, code);
        Assert.Equal("办理中", again.GetProperty("currentStage").GetString());
        Assert.Empty((await Json(await town.GetAsync(Director, "/api/self-service/reviews"))).EnumerateArray());
        Assert.Equal(HttpStatusCode.Conflict, (await town.PostAsync(Director, $"/api/self-service/reviews/{reviewId}", new { outcome = "Upheld", note = "维持" })).StatusCode);
    }

    [Fact]
    public async Task Each_of_the_six_stages_appears_as_the_matter_moves()
    {
        await using var town = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        using var citizen = Anonymous(town.App);
        var matterId = await town.RegisterAsync();
        var number = await NumberAsync(town, matterId);
        var code = await IssueCodeAsync(town, matterId);
        var seen = new List<string> { await StageAsync() };

        Assert.Equal(HttpStatusCode.NoContent, (await town.PostAsync(Director, $"/api/matters/{matterId}/accept", new { complexity = "General" })).StatusCode);
        seen.Add(await StageAsync());
        var assigned = await town.PostAsync(Director, $"/api/matters/{matterId}/assign", new { handlingDepartmentId = town.Town.JusticeOffice, requirements = "请依法调处。" });
        var sheetId = (await Json(assigned)).GetProperty("id").GetInt64();
        seen.Add(await StageAsync());
        Assert.Equal(HttpStatusCode.OK, (await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/receive")).StatusCode);
        seen.Add(await StageAsync());
        await CloseAsync(town, matterId, sheetId);
        seen.Add(await StageAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await town.PostAsync(Director, $"/api/matters/{matterId}/archive",
            new { archiveNumber = "ZZ-DA-2025-009", materials = new List<string> { "交办单", "调解协议书" } })).StatusCode);
        seen.Add(await StageAsync());

        Assert.Equal(["已登记", "已受理", "已交办", "办理中", "已办结", "已归档"], seen);
        var stages = (await LookupAsync(citizen, number, code)).GetProperty("stages").EnumerateArray().ToList();
        Assert.All(stages, stage => Assert.Equal("2025-09-30", stage.GetProperty("reachedOn").GetString()));

        async Task<string> StageAsync() => (await LookupAsync(citizen, number, code)).GetProperty("currentStage").GetString()!;
    }

    [Fact]
    public async Task A_rating_can_be_changed_within_seven_days_only()
    {
        await using var town = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        using var citizen = Anonymous(town.App);
        var matterId = await town.AcceptedAsync();
        await CloseAsync(town, matterId, await AssignAndReceiveAsync(town, matterId));
        var number = await NumberAsync(town, matterId);
        var code = await IssueCodeAsync(town, matterId);

        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.PostAsJsonAsync("/api/self-service/evaluation", new { number, code }, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await citizen.PostAsJsonAsync("/api/self-service/evaluation", new { number, code, rating = "Satisfied" }, Token)).StatusCode);
        town.App.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(HttpStatusCode.NoContent, (await citizen.PostAsJsonAsync("/api/self-service/evaluation", new { number, code, rating = "BasicallySatisfied" }, Token)).StatusCode);
        town.App.Clock.Advance(TimeSpan.FromDays(2));
        var late = await citizen.PostAsJsonAsync("/api/self-service/evaluation", new { number, code, rating = "Unsatisfied" }, Token);

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("BasicallySatisfied", (await LookupAsync(citizen, number, code)).GetProperty("evaluation").GetProperty("rating").GetString());
        using var scope = town.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZongzhiDb>();
        Assert.Equal(1, await db.MatterEvaluations.CountAsync(e => e.MatterId == matterId, Token));
        Assert.Equal(0, await db.SatisfactionReviews.CountAsync(Token));
    }

    [Fact]
    public async Task A_thousand_wrong_codes_get_429s_and_reveal_nothing()
    {
        await using var town = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        using var attacker = Anonymous(town.App);
        var matterId = await town.AcceptedAsync();
        var number = await NumberAsync(town, matterId);
        var code = await IssueCodeAsync(town, matterId);

        var unknown = await attacker.PostAsJsonAsync("/api/self-service/lookup", new { number = "ZZ-2099-999999", code }, Token);
        var wrong = await attacker.PostAsJsonAsync("/api/self-service/lookup", new { number, code = "2222233333" }, Token);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(WithoutTrace(await unknown.Content.ReadAsStringAsync(Token)), WithoutTrace(await wrong.Content.ReadAsStringAsync(Token)));

        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < 1000; i++)
        {
            var guess = new string(Enumerable.Range(0, 10).Select(j => QueryCodeAlphabet[(i * 7 + j * 13) % QueryCodeAlphabet.Length]).ToArray());
            var response = await attacker.PostAsJsonAsync("/api/self-service/lookup", new { number, code = guess }, Token);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            var body = await response.Content.ReadAsStringAsync(Token);
            Assert.DoesNotContain("stages", body, StringComparison.Ordinal);
            Assert.DoesNotContain(number, body, StringComparison.Ordinal);
        }

        Assert.False(statuses.ContainsKey(HttpStatusCode.OK));
        Assert.True(statuses[HttpStatusCode.TooManyRequests] >= 990, string.Join(", ", statuses));
        // Even the right code waits once the client is throttled.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await attacker.PostAsJsonAsync("/api/self-service/lookup", new { number, code }, Token)).StatusCode);
    }

    [Fact]
    public async Task Failed_attempts_from_many_clients_lock_the_number_for_an_hour()
    {
        await using var town = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        var matterId = await town.AcceptedAsync();
        var number = await NumberAsync(town, matterId);
        var code = await IssueCodeAsync(town, matterId);

        var outcomes = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            using var scope = town.App.Services.CreateScope();
            var lookup = scope.ServiceProvider.GetRequiredService<PublicLookup>();
            outcomes.Add((await lookup.RunAsync(number, "2222233333", $"10.0.{i}.1", Token)).GetType().Name);
        }

        Assert.Equal(20, outcomes.Count(o => o == nameof(PublicLookup.NotFound)));
        using (var scope = town.App.Services.CreateScope())
        {
            Assert.IsType<PublicLookup.Throttled>(await scope.ServiceProvider.GetRequiredService<PublicLookup>().RunAsync(number, code, "10.9.9.9", Token));
        }

        town.App.Clock.Advance(TimeSpan.FromMinutes(61));
        using (var scope = town.App.Services.CreateScope())
        {
            Assert.IsType<PublicLookup.Found>(await scope.ServiceProvider.GetRequiredService<PublicLookup>().RunAsync(number, code, "10.9.9.9", Token));
        }
    }

    [Fact]
    public async Task A_regenerated_code_replaces_the_old_one_which_stops_working()
    {
        await using var town = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        using var citizen = Anonymous(town.App);
        var matterId = await town.AcceptedAsync();
        var number = await NumberAsync(town, matterId);
        var first = await IssueCodeAsync(town, matterId);
        var second = await IssueCodeAsync(town, matterId);

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.PostAsJsonAsync("/api/self-service/lookup", new { number, code = first }, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await citizen.PostAsJsonAsync("/api/self-service/lookup", new { number, code = second }, Token)).StatusCode);

        using var scope = town.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZongzhiDb>();
        var stored = await db.MatterQueryCodes.SingleAsync(c => c.MatterId == matterId, Token);
        Assert.Equal(2, stored.Generation);
        Assert.Equal(32, stored.Hash.Length);
        var audit = await db.AuditEntries.Where(e => e.Action == "matter.query-code.issue" || e.Action == "selfservice.lookup").ToListAsync(Token);
        Assert.Equal(4, audit.Count);
        Assert.All(audit, e => Assert.DoesNotContain(second, e.Details ?? "", StringComparison.Ordinal));
        Assert.All(audit.Where(e => e.Action == "selfservice.lookup"), e => Assert.Null(e.ClientAddress));
    }

    [Fact]
    public async Task Only_the_reception_clerk_and_director_issue_codes_and_only_supervisors_see_reviews()
    {
        await using var town = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        using var anonymous = Anonymous(town.App);
        var matterId = await town.AcceptedAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await town.PostAsync(JusticeHandler, $"/api/matters/{matterId}/query-code")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/api/matters/{matterId}/query-code", null, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await town.PostAsync(Clerk, "/api/matters/999999/query-code")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await town.GetAsync(JusticeHandler, "/api/self-service/reviews")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/self-service/reviews", Token)).StatusCode);
        var invalid = await anonymous.PostAsJsonAsync("/api/self-service/lookup", new { number = "", code = "" }, Token);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadAsStringAsync(Token);
        Assert.Contains("number", problem, StringComparison.Ordinal);
        Assert.Contains("code", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_public_answer_or_page_carries_personal_data_of_any_party()
    {
        await using var town = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        using var citizen = Anonymous(town.App);
        var matterId = await town.AcceptedAsync();
        var sheetId = await AssignAndReceiveAsync(town, matterId);
        var number = await NumberAsync(town, matterId);
        var code = await IssueCodeAsync(town, matterId);
        var bodies = new List<string> { (await LookupAsync(citizen, number, code)).ToString() };
        await CloseAsync(town, matterId, sheetId);
        bodies.Add((await LookupAsync(citizen, number, code)).ToString());
        bodies.Add(await citizen.GetStringAsync($"/q?n={number}", Token));
        bodies.Add(await PagePostAsync(citizen, number, code));

        string[] personal = ["张三", "李四", "13812345678", "138****5678", JusticeHandler, "handler-justice", "clerk", "director"];
        foreach (var body in bodies)
        {
            foreach (var value in personal)
            {
                Assert.DoesNotContain(value, body, StringComparison.Ordinal);
            }
        }

        Assert.Contains("已办结", bodies[^1], StringComparison.Ordinal);
    }

    private static string WithoutTrace(string problem) => System.Text.RegularExpressions.Regex.Replace(problem, "\"traceId\":\"[^\"]*\"", "");

    private const string QueryCodeAlphabet = Zongzhi.Domain.SelfService.QueryCode.Alphabet;

    internal static HttpClient Anonymous(ZongzhiAppFactory app) => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    internal static async Task<string> NumberAsync(AssignmentScenario town, long matterId) =>
        (await Json(await town.GetAsync(Director, $"/api/matters/{matterId}"))).GetProperty("number").GetString()!;

    internal static async Task<string> IssueCodeAsync(AssignmentScenario town, long matterId)
    {
        var issued = await town.PostAsync(Clerk, $"/api/matters/{matterId}/query-code");
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var body = await Json(issued);
        Assert.EndsWith("/q?n=" + body.GetProperty("number").GetString(), body.GetProperty("statusUrl").GetString(), StringComparison.Ordinal);
        return body.GetProperty("queryCode").GetString()!;
    }

    private static async Task<JsonElement> LookupAsync(HttpClient client, string number, string code)
    {
        var response = await client.PostAsJsonAsync("/api/self-service/lookup", new { number, code }, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json(response);
    }

    internal static async Task<long> AssignAndReceiveAsync(AssignmentScenario town, long matterId)
    {
        var assigned = await town.PostAsync(Director, $"/api/matters/{matterId}/assign",
            new { handlingDepartmentId = town.Town.JusticeOffice, requirements = "请依法调处，七个工作日内答复当事人。" });
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var sheetId = (await Json(assigned)).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/receive")).StatusCode);
        return sheetId;
    }

    internal static async Task CloseAsync(AssignmentScenario town, long matterId, long sheetId)
    {
        Assert.Equal(HttpStatusCode.OK, (await town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/result",
            new { whatWasDone = "会同国土所测量边界，组织双方调解。", replyToParty = "已当面答复，双方签订调解协议。", partySatisfaction = "Satisfied" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await town.PostAsync(Director, $"/api/assignments/{sheetId}/review", new { outcome = "Accepted" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await town.PostAsync(Director, $"/api/matters/{matterId}/callback", new { method = "Phone", satisfaction = "Satisfied" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await town.PostAsync(Director, $"/api/matters/{matterId}/close")).StatusCode);
    }

    /// <summary>Posts the public form as a browser would: the antiforgery token from the page, then number and code.</summary>
    private static async Task<string> PagePostAsync(HttpClient client, string number, string code)
    {
        var page = await client.GetStringAsync("/q", Token);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/q", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["n"] = number, ["Code"] = code, ["__RequestVerificationToken"] = token,
        }), Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Token);
    }
}
