using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Printing;

/// <summary>
/// One matter walked through every printed record, on the eve of National Day 2025 (7 working days from 2025-09-30
/// end on 2025-10-16): assigned to the justice office and signed; reminded; materials called up and a report required;
/// an extension asked to 10-24 and approved to 10-22; a coordination meeting of the justice office and the police
/// station with two decided tasks; re-handling ordered, then accepted, called back, closed and archived as WS-2025-001.
/// A second matter is transferred to 县人社局 with the written notice 综治通〔2025〕3号. Shared with the browser tests.
/// </summary>
public sealed record PrintScenario(
    TownFixture Town, long MatterId, long SheetId, long ReminderId, long MaterialsId, long ReportId, long ExtensionId, long MeetingId,
    long TransferredMatterId)
{
    public const string Director = "print-director";
    public const string Clerk = "print-clerk";
    public const string JusticeHandler = "print-justice";

    public static readonly DateTimeOffset EveOfNationalDay = new(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Every printable document of the scenario, by a short name for screenshots and PDFs.</summary>
    public IReadOnlyList<(string Name, string Url)> Documents =>
    [
        ("sheet-round1", $"/Print/Sheet/{SheetId}/1"),
        ("sheet", $"/Print/Sheet/{SheetId}"),
        ("reminder", $"/Print/Reminder/{ReminderId}"),
        ("materials-notice", $"/Print/Supervision/materials/{MaterialsId}"),
        ("report-notice", $"/Print/Supervision/report/{ReportId}"),
        ("extension", $"/Print/Extension/{ExtensionId}"),
        ("transfer-notice", $"/Print/TransferNotice/{TransferredMatterId}"),
        ("written-notice", $"/Print/WrittenNotice/{TransferredMatterId}"),
        ("meeting-minutes", $"/Print/Meeting/{MeetingId}"),
        ("archive-catalogue", $"/Print/Archive/{MatterId}"),
    ];

    public static async Task<PrintScenario> CreateAsync(ZongzhiAppFactory app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        var town = await TownFixture.CreateAsync(app);
        await app.CreateUserAsync(Clerk, Roles.ReceptionClerk);
        await app.CreateUserAsync(Director, Roles.CenterDirector);
        await app.CreateUserAsync(JusticeHandler, Roles.DepartmentHandler, town.JusticeOffice);
        using var clerk = await LoginAsync(app, Clerk, ct);
        using var director = await LoginAsync(app, Director, ct);
        using var handler = await LoginAsync(app, JusticeHandler, ct);

        var matterId = await RegisterAsync(clerk, town, ct);
        await OkAsync(director, $"/api/matters/{matterId}/accept", new { complexity = "General" }, ct);
        await OkAsync(director, $"/api/matters/{matterId}/assign",
            new { handlingDepartmentId = town.JusticeOffice, coHandlingDepartmentIds = new[] { town.PoliceStation }, requirements = "请依法调处，七个工作日内答复当事人。" }, ct);
        var sheetId = await app.WithDbAsync(db => db.AssignmentSheets.Where(s => s.MatterId == matterId).Select(s => s.Id).SingleAsync(ct));
        await OkAsync(handler, $"/api/assignments/{sheetId}/receive", new { }, ct);
        await OkAsync(director, $"/api/matters/{matterId}/reminders", new { message = "请抓紧办理，节后第一天报进展。" }, ct);
        await OkAsync(director, $"/api/matters/{matterId}/materials-requests",
            new { departmentId = town.JusticeOffice, materialsWanted = "调解笔录、现场照片", dueOn = "2025-10-10" }, ct);
        await OkAsync(director, $"/api/matters/{matterId}/report-requests",
            new { departmentId = town.JusticeOffice, subject = "调处进展及难点", dueOn = "2025-10-10" }, ct);
        await OkAsync(handler, $"/api/assignments/{sheetId}/extension-requests", new { reason = "需等待国土所测量结果。", proposedDueOn = "2025-10-24" }, ct);
        var extensionId = await app.WithDbAsync(db => db.ExtensionRequests.Select(e => e.Id).SingleAsync(ct));
        await OkAsync(director, $"/api/extension-requests/{extensionId}/approve", new { approvedDueOn = "2025-10-22", comment = "同意延期至22日。" }, ct);
        await OkAsync(director, $"/api/matters/{matterId}/coordination-meetings", new
        {
            topic = "宅基地边界协调", departmentIds = new[] { town.JusticeOffice, town.PoliceStation }, heldOn = "2025-09-30", place = "综治中心会议室",
        }, ct);
        var meetingId = await app.WithDbAsync(db => db.CoordinationMeetings.Select(m => m.Id).SingleAsync(ct));
        await OkAsync(director, $"/api/coordination-meetings/{meetingId}/outcome", new
        {
            attendees = new List<string> { "司法所所长", "派出所所长" },
            minutes = "议定由派出所协助维持现场秩序，司法所组织重新测量。",
            decisions = new object[]
            {
                new { description = "重新测量边界", ownerDepartmentId = town.JusticeOffice, dueOn = "2025-10-15" },
                new { description = "测量当日维持秩序", ownerDepartmentId = town.PoliceStation, dueOn = "2025-10-15" },
            },
        }, ct);
        await OkAsync(handler, $"/api/assignments/{sheetId}/result", new { whatWasDone = "已组织调解", replyToParty = "已电话答复" }, ct);
        await OkAsync(director, $"/api/assignments/{sheetId}/review", new { outcome = "RehandlingOrdered", reasons = "当事人不满意，请重新测量边界。" }, ct);
        await OkAsync(handler, $"/api/assignments/{sheetId}/result", new { whatWasDone = "重新测量并调解成功", replyToParty = "已当面答复" }, ct);
        await OkAsync(director, $"/api/assignments/{sheetId}/review", new { outcome = "Accepted", comment = "同意办结。" }, ct);
        await OkAsync(director, $"/api/matters/{matterId}/callback", new { method = "Phone", satisfaction = "Satisfied" }, ct);
        await OkAsync(director, $"/api/matters/{matterId}/close", new { }, ct);
        await OkAsync(director, $"/api/matters/{matterId}/archive",
            new { archiveNumber = "WS-2025-001", materials = new List<string> { "受理登记表", "交办单", "调解协议书" } }, ct);

        var transferred = await RegisterAsync(clerk, town, ct);
        await OkAsync(director, $"/api/matters/{transferred}/accept", new { complexity = "General" }, ct);
        await OkAsync(director, $"/api/matters/{transferred}/transfer", new
        {
            receivingUnit = "县人社局",
            notice = new { documentNumber = "综治通〔2025〕3号", addressedTo = "镇党政办", text = "该劳动争议已转县人社局办理，请督办。" },
        }, ct);

        var (reminderId, materialsId, reportId) = await app.WithDbAsync(async db => (
            await db.Reminders.Select(r => r.Id).SingleAsync(ct),
            await db.MaterialsRequests.Select(r => r.Id).SingleAsync(ct),
            await db.ReportRequests.Select(r => r.Id).SingleAsync(ct)));
        return new PrintScenario(town, matterId, sheetId, reminderId, materialsId, reportId, extensionId, meetingId, transferred);
    }

    /// <summary>
    /// A signed-in API client at the app's own address: on Kestrel (browser tests) the factory's default client address
    /// is not the port the app listens on.
    /// </summary>
    public static async Task<HttpClient> LoginAsync(ZongzhiAppFactory app, string userName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = app.ClientOptions.BaseAddress });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = ZongzhiAppFactory.TestPassword }, ct);
        response.EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<long> RegisterAsync(HttpClient clerk, TownFixture town, CancellationToken ct)
    {
        var response = await clerk.PostAsJsonAsync("/api/matters", town.Visit(receivedAt: "2025-09-30T09:30:00+08:00"), ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ct)).GetProperty("id").GetInt64();
    }

    private static async Task OkAsync(HttpClient client, string url, object body, CancellationToken ct)
    {
        var response = await client.PostAsJsonAsync(url, body, ct);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
    }
}
