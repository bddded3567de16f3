using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Domain.Matters;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform.Audit;
using Zongzhi.Platform.Privacy;
using Zongzhi.Tests.Infrastructure;
using static Zongzhi.Tests.Features.Assignments.AssignmentScenario;

namespace Zongzhi.Tests.Features.Audit;

/// <summary>
/// Issue 7, "every action in a scripted run producing exactly one entry": one matter walked through every action a
/// user takes (sign-in and its failure, register, triage, assign, sign, progress, extension request and decision,
/// remind, result, review, callback, close, archive, a view of the matter, reveal, export, print, a permission change, a calendar change, a
/// rule-setting change, sign-out). After each step exactly one new entry exists, naming who (user, role), when (the
/// clock's UTC instant), from where (the client address), and what (entity, id, action, and for a change the facts or
/// fields changed); the chain is intact at the end.
/// </summary>
public sealed partial class AuditScriptedRunTests
{
    private sealed record Step(string Name, string Action, string? UserName, string? Role, string EntityType, string? EntityId, string[] DetailsMention);

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task ScriptedRun_EveryAction_ProducesExactlyOneCompleteEntry(string provider)
    {
        await using var town = await CreateAsync(provider);
        var app = town.App;
        var admin = await app.ClientForAsync(Roles.Administrator, userName: "run-admin");
        var clerkId = town.IdOf(Clerk);
        // Everyone signs in before the run, so each step is the one action it names.
        foreach (var user in new[] { Director, JusticeHandler })
        {
            await town.As(user);
        }

        var failures = new List<string>();
        var checkedEntries = 0;
        var steps = 0;

        async Task<T> StepAsync<T>(Step expected, Func<Task<T>> act, Func<T, string?>? entityId = null)
        {
            var watermark = await app.WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id, Token)) ?? 0;
            var result = await act();
            steps++;
            var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Id > watermark).OrderBy(a => a.Id).ToListAsync(Token));
            if (entries.Count != 1)
            {
                failures.Add($"{expected.Name}: {entries.Count} entries ({string.Join(", ", entries.Select(e => e.Action))})");
                return result;
            }

            checkedEntries++;
            var entry = entries[0];
            var id = entityId is null ? expected.EntityId : entityId(result);
            var problems = new List<string>();
            if (entry.Action != expected.Action)
            {
                problems.Add($"action {entry.Action}");
            }

            if (expected.UserName is { } user && (entry.UserName != user || string.IsNullOrEmpty(entry.UserId)))
            {
                problems.Add($"user {entry.UserName}/{entry.UserId}");
            }

            if (expected.Role is { } role && !entry.Roles.Split(',').Contains(role))
            {
                problems.Add($"roles '{entry.Roles}'");
            }

            if (entry.At != app.Clock.GetUtcNow().UtcDateTime)
            {
                problems.Add($"at {entry.At:O} (clock {app.Clock.GetUtcNow().UtcDateTime:O})");
            }

            if (entry.ClientAddress != "127.0.0.1")
            {
                problems.Add($"client '{entry.ClientAddress}'");
            }

            if (entry.EntityType != expected.EntityType || (id is not null && entry.EntityId != id) || string.IsNullOrEmpty(entry.EntityId))
            {
                problems.Add($"entity {entry.EntityType} {entry.EntityId} (expected {expected.EntityType} {id})");
            }

            foreach (var word in expected.DetailsMention)
            {
                if (entry.Details?.Contains(word, StringComparison.Ordinal) != true)
                {
                    problems.Add($"details {entry.Details} lack {word}");
                }
            }

            if (problems.Count > 0)
            {
                failures.Add($"{expected.Name}: " + string.Join("; ", problems));
            }

            return result;
        }

        // Sign-in and its failure.
        var clerk = await StepAsync(new("login success", "login.success", Clerk, Roles.ReceptionClerk, "User", clerkId, []), () => app.LoginAsync(Clerk));
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await StepAsync(new("login failure", "login.failure", null, null, "User", clerkId, []),
            () => OkAsync(anonymous.PostAsJsonAsync("/api/auth/login", new { userName = Clerk, password = "wrong-password" }, Token), HttpStatusCode.Unauthorized));

        // The matter's life.
        var matterId = await StepAsync(new("register", "matter.register", Clerk, Roles.ReceptionClerk, "Matter", null, ["ZZ-2025-000001", "parties"]), async () =>
        {
            var registered = await clerk.PostAsJsonAsync("/api/matters", new
            {
                channel = "Visit",
                receivedAt = "2025-09-30T09:30:00+08:00",
                villageId = town.Town.EastVillage,
                category = "neighbour",
                summary = "宅基地边界纠纷",
                description = "来访人反映与邻居因宅基地边界发生争执，请求调解。",
                parties = new object[]
                {
                    new { role = "Complainant", name = "欧阳明", phone = "13912340001", idNumber = "11010519491231002X", address = "东村三组12号" },
                    new { role = "Respondent", name = "司马青" },
                },
            }, Token);
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            return (await Json(registered)).GetProperty("id").GetInt64();
        }, id => id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var matter = matterId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await StepAsync(new("triage", "matter.accept", Director, Roles.CenterDirector, "Matter", matter, ["complexity"]),
            () => OkAsync(town.PostAsync(Director, $"/api/matters/{matterId}/accept", new { complexity = "General" })));
        var sheetId = await StepAsync(new("assign", "assignment.assign", Director, Roles.CenterDirector, "Matter", null, ["JB-2025-000001", "handlingDepartmentId"]), async () =>
            (await Json(await OkAsync(town.PostAsync(Director, $"/api/matters/{matterId}/assign",
                new { handlingDepartmentId = town.Town.JusticeOffice, coHandlingDepartmentIds = Array.Empty<long>(), requirements = "请依法调处。" })))).GetProperty("id").GetInt64(),
            _ => matter);
        var sheet = sheetId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await StepAsync(new("sign", "assignment.receive", JusticeHandler, Roles.DepartmentHandler, "Matter", matter, [SheetId(sheetId), "dueOn"]),
            () => OkAsync(town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/receive")));
        await StepAsync(new("progress", "assignment.progress", JusticeHandler, Roles.DepartmentHandler, "Matter", matter, [SheetId(sheetId)]),
            () => OkAsync(town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/progress", new { text = "已走访双方。" })));
        await StepAsync(new("extension request", "assignment.requestExtension", JusticeHandler, Roles.DepartmentHandler, "Matter", matter, [SheetId(sheetId), "2025-10-24"]),
            () => OkAsync(town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/extension-requests", new { reason = "需等待测量结果。", proposedDueOn = "2025-10-24" })));
        var extensionId = await app.WithDbAsync(db => db.ExtensionRequests.Select(e => e.Id).SingleAsync(Token));
        await StepAsync(new("extension decision", "extension.approve", Director, Roles.CenterDirector, "Matter", matter, ["Approved", "2025-10-22"]),
            () => OkAsync(town.PostAsync(Director, $"/api/extension-requests/{extensionId}/approve", new { approvedDueOn = "2025-10-22", comment = "同意。" })));
        await StepAsync(new("remind", "supervision.remind", Director, Roles.CenterDirector, "Matter", matter, [SheetId(sheetId)]),
            () => OkAsync(town.PostAsync(Director, $"/api/matters/{matterId}/reminders", new { message = "请抓紧办理。" })));
        await StepAsync(new("result", "assignment.result", JusticeHandler, Roles.DepartmentHandler, "Matter", matter, [SheetId(sheetId), "round"]),
            () => OkAsync(town.PostAsync(JusticeHandler, $"/api/assignments/{sheetId}/result", new { whatWasDone = "调解成功。", replyToParty = "已当面答复。" })));
        await StepAsync(new("review", "assignment.review", Director, Roles.CenterDirector, "Matter", matter, [SheetId(sheetId), "Accepted"]),
            () => OkAsync(town.PostAsync(Director, $"/api/assignments/{sheetId}/review", new { outcome = "Accepted", comment = "同意办结。" })));
        await StepAsync(new("callback", "matter.callback", Director, Roles.CenterDirector, "Matter", matter, ["Satisfied"]),
            () => OkAsync(town.PostAsync(Director, $"/api/matters/{matterId}/callback", new { method = "Phone", satisfaction = "Satisfied" })));
        await StepAsync(new("close", "matter.close", Director, Roles.CenterDirector, "Matter", matter, ["\"status\":\"Closed\""]),
            () => OkAsync(town.PostAsync(Director, $"/api/matters/{matterId}/close")));
        await StepAsync(new("archive", "matter.archive", Director, Roles.CenterDirector, "Matter", matter, ["DA-2025-007"]),
            () => OkAsync(town.PostAsync(Director, $"/api/matters/{matterId}/archive", new { archiveNumber = "DA-2025-007", materials = new List<string> { "交办单" } })));

        // Personal data, export and print.
        var director = await town.As(Director);
        var page = await StepAsync(new("view", "matter.view", Director, Roles.CenterDirector, "Matter", matter, []),
            () => director.GetStringAsync($"/Matters/Details/{matterId}", Token));
        var partyId = await app.WithDbAsync(db => db.Matters.Where(m => m.Id == matterId).SelectMany(m => m.Parties).Where(p => p.Role == PartyRole.Complainant).Select(p => p.Id).SingleAsync(Token));
        var revealed = await StepAsync(new("reveal", RevealPersonalData.Action, Director, Roles.CenterDirector, "Party", partyId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["phone", "回访核实"]),
            async () => await (await director.PostAsync($"/Matters/Details/{matterId}?handler=Reveal", new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", Antiforgery().Match(page).Groups[1].Value),
                new("Form.PartyId", partyId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Form.RevealReason", "回访核实"),
            ]), Token)).Content.ReadAsStringAsync(Token));
        Assert.Contains("13912340001", revealed, StringComparison.Ordinal);
        var details = await app.WithDbAsync(db => db.AuditEntries.Select(a => a.Details ?? "").ToListAsync(Token));
        Assert.DoesNotContain(details, d => d.Contains("13912340001", StringComparison.Ordinal) || d.Contains("11010519491231002X", StringComparison.Ordinal));
        await StepAsync(new("export", "meetings.pack.export", Director, Roles.CenterDirector, "MeetingPack", "2025-09", ["month"]),
            () => OkAsync(director.GetAsync("/api/meetings/pack/excel?month=2025-09", Token)));
        await StepAsync(new("print", "print", Director, Roles.CenterDirector, "AssignmentSheet", sheet, ["交办单"]),
            () => OkAsync(director.GetAsync($"/Print/Sheet/{sheetId}", Token)));

        // Administration: a permission change, a calendar change, a rule-setting change.
        var edit = await admin.GetStringAsync($"/Admin/Users/Edit?id={clerkId}", Token);
        await StepAsync(new("permission change", "user.roles", "run-admin", Roles.Administrator, "User", clerkId, ["roles", Roles.CenterDirector]), () =>
            OkAsync(admin.PostAsync($"/Admin/Users/Edit?id={clerkId}&handler=Save", new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", Antiforgery().Match(edit).Groups[1].Value),
                new("ConcurrencyStamp", ConcurrencyStamp().Match(edit).Groups[1].Value),
                new("Input.DisplayName", Clerk),
                new("Input.Roles", Roles.ReceptionClerk),
                new("Input.Roles", Roles.CenterDirector),
                new("Input.DepartmentId", ""),
                new("Input.VillageId", ""),
            ]), Token), HttpStatusCode.Redirect));
        await StepAsync(new("calendar change", "calendar.override.add", "run-admin", Roles.Administrator, "CalendarOverride", "2025-10-20", ["EmergencyClosure"]),
            () => OkAsync(admin.PostAsJsonAsync("/api/calendar/overrides", new { date = "2025-10-20", kind = "EmergencyClosure", reason = "台风停止办公" }, Token)));
        await StepAsync(new("rule-setting change", "settings.rules.update", "run-admin", Roles.Administrator, "RuleSettings", null, ["generalDays"]),
            () => OkAsync(admin.PutAsJsonAsync("/api/settings/rules", new
            {
                generalDays = 8, complexDays = 15, especiallyComplexDays = 30, leaderCaseMonths = 1, dueSoonWorkingDays = 2, unsignedChaseWorkingDays = 1, version = 0,
            }, Token)));

        await StepAsync(new("logout", "logout", Clerk, Roles.ReceptionClerk, "User", clerkId, []), () => OkAsync(clerk.PostAsync("/api/auth/logout", null, Token)));

        await using var scope = app.Scope();
        var chain = await scope.ServiceProvider.GetRequiredService<VerifyAuditChain>().RunAsync(Token);
        TestContext.Current.SendDiagnosticMessage($"{provider}: {steps} actions, {checkedEntries} entries checked, chain of {chain.Checked}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {steps} actions:\n" + string.Join("\n", failures));
        Assert.Equal(23, steps);
        Assert.True(chain.IsIntact, chain.Problem);
        clerk.Dispose();
        admin.Dispose();
    }

    private static string SheetId(long id) => "\"sheetId\":" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> OkAsync(Task<HttpResponseMessage> sending, HttpStatusCode? expected = null)
    {
        var response = await sending;
        Assert.True(expected is { } status ? response.StatusCode == status : response.IsSuccessStatusCode,
            $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Token)}");
        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("name=\"ConcurrencyStamp\" value=\"([^\"]*)\"")]
    private static partial Regex ConcurrencyStamp();
}
