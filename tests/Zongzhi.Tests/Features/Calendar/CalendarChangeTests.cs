using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Domain.Calendar;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Calendar;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Calendar;

public sealed class CalendarChangeTests
{
    // A 2027 notice as an administrator would load it (the real one is not yet published on 2026-11-28).
    private const string Notice2027 = """
        {"year": 2027, "papers": ["https://www.gov.cn/zhengce/content/2027-test.htm"], "days": [
          {"name": "元旦", "date": "2026-12-31", "isOffDay": true},
          {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
          {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
          {"name": "元旦", "date": "2027-01-03", "isOffDay": true},
          {"name": "元旦", "date": "2027-01-09", "isOffDay": false}
        ]}
        """;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task LoadNotice_NextYear_RecomputesProvisionalDeadlinesAndKeepsHistory(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var deadlineId = await StartDeadlineAsync(app, new DateOnly(2026, 12, 24), Period.WorkingDays(5));
        using var admin = await app.ClientForAsync(Roles.Administrator);

        var response = await admin.PostAsync("/api/calendar/notices", new StringContent(Notice2027, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(1, outcome.GetProperty("recomputedDeadlines").GetInt32());
        await app.WithDbAsync(async db =>
        {
            var deadline = await db.Deadlines.SingleAsync(d => d.Id == deadlineId);
            // Weekends only: Dec 25, 28, 29, 30, 31 → Dec 31 (provisional). With the notice: Dec 31 and Jan 1–3 off → Jan 4.
            Assert.Equal(new DateOnly(2027, 1, 4), deadline.DueOn);
            Assert.False(deadline.IsProvisional);
            Assert.Equal(outcome.GetProperty("calendarVersion").GetString(), deadline.CalendarVersion);
            var revision = await db.DeadlineRevisions.SingleAsync(r => r.DeadlineId == deadlineId);
            Assert.Equal(new DateOnly(2026, 12, 31), revision.PreviousDueOn);
            Assert.True(revision.PreviousProvisional);
            Assert.NotEqual(revision.PreviousCalendarVersion, revision.NewCalendarVersion);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "calendar.notice.load" && a.EntityId == "2027"));
            return 0;
        });
    }

    [Fact]
    public async Task LoadNotice_CorrectedNotice_KeepsPreviousNoticeAsHistory()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var admin = await app.ClientForAsync(Roles.Administrator);
        await admin.PostAsync("/api/calendar/notices", new StringContent(Notice2027, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var corrected = Notice2027.Replace("\"2027-01-09\", \"isOffDay\": false", "\"2027-01-04\", \"isOffDay\": true", StringComparison.Ordinal);

        var response = await admin.PostAsync("/api/calendar/notices", new StringContent(corrected, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notices = await admin.GetFromJsonAsync<JsonElement[]>("/api/calendar/notices", TestContext.Current.CancellationToken);
        var of2027 = notices!.Where(n => n.GetProperty("year").GetInt32() == 2027).ToList();
        Assert.Equal(2, of2027.Count);
        Assert.Single(of2027, n => n.GetProperty("isCurrent").GetBoolean());
        var answer = await admin.GetFromJsonAsync<JsonElement>("/api/calendar/deadline?start=2026-12-30&workingDays=1", TestContext.Current.CancellationToken);
        Assert.Equal("2027-01-05", answer.GetProperty("lastDay").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task AddOverride_EmergencyClosure_MovesOpenDeadlinesAndIsAudited(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var deadlineId = await StartDeadlineAsync(app, new DateOnly(2026, 11, 2), Period.WorkingDays(3));
        using var admin = await app.ClientForAsync(Roles.Administrator);

        var added = await admin.PostAsJsonAsync("/api/calendar/overrides", new { date = "2026-11-04", kind = "EmergencyClosure", reason = "台风停止办公" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 6), await app.WithDbAsync(db => db.Deadlines.Where(d => d.Id == deadlineId).Select(d => d.DueOn).SingleAsync()));
        var day = await admin.GetFromJsonAsync<JsonElement[]>("/api/calendar/days?from=2026-11-04&to=2026-11-04", TestContext.Current.CancellationToken);
        Assert.Equal("localRestDay", day![0].GetProperty("kind").GetString());
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();

        var removed = await admin.PostAsJsonAsync($"/api/calendar/overrides/{id}/remove", new { reason = "录入错误" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 5), await app.WithDbAsync(db => db.Deadlines.Where(d => d.Id == deadlineId).Select(d => d.DueOn).SingleAsync()));
        Assert.Equal(2, await app.WithDbAsync(db => db.DeadlineRevisions.CountAsync(r => r.DeadlineId == deadlineId)));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "CalendarOverride")));
    }

    [Fact]
    public async Task AddOverride_BadInput_Returns400AndChangesNothing()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var admin = await app.ClientForAsync(Roles.Administrator);
        var versionsBefore = await app.WithDbAsync(db => db.CalendarVersions.CountAsync());

        var badDate = await admin.PostAsJsonAsync("/api/calendar/overrides", new { date = "2026-02-30", kind = "LocalHoliday", reason = "x" }, TestContext.Current.CancellationToken);
        var noReason = await admin.PostAsJsonAsync("/api/calendar/overrides", new { date = "2026-12-01", kind = "LocalHoliday", reason = " " }, TestContext.Current.CancellationToken);
        var badNotice = await admin.PostAsync("/api/calendar/notices", new StringContent("""{"year":2027,"papers":["x"],"days":[{"name":"a","date":"2027-02-29","isOffDay":true}]}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badNotice.StatusCode);
        Assert.Equal(versionsBefore, await app.WithDbAsync(db => db.CalendarVersions.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.CalendarOverrides.CountAsync()));
    }

    [Fact]
    public async Task CalendarChanges_ByNonAdministrator_AreRefused()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var byClerk = await clerk.PostAsync("/api/calendar/notices", new StringContent(Notice2027, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var overrideByClerk = await clerk.PostAsJsonAsync("/api/calendar/overrides", new { date = "2026-12-01", kind = "LocalHoliday", reason = "x" }, TestContext.Current.CancellationToken);
        var byAnonymous = await anonymous.PostAsync("/api/calendar/notices", new StringContent(Notice2027, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, overrideByClerk.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byAnonymous.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.HolidayNotices.AnyAsync(n => n.Year == 2027)));
    }

    [Fact]
    public async Task Seed_FreshDatabase_LoadsShippedYearsOnceWithOneVersion()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);

        await Zongzhi.Platform.WebApp.InitializeAsync(app.Services, TestContext.Current.CancellationToken);

        var years = await app.WithDbAsync(db => db.HolidayNotices.Select(n => n.Year).OrderBy(y => y).ToListAsync());
        Assert.Equal(Enumerable.Range(2007, 20), years);
        Assert.Equal(1, await app.WithDbAsync(db => db.CalendarVersions.CountAsync()));
    }

    private static Task<long> StartDeadlineAsync(ZongzhiAppFactory app, DateOnly start, Period period) =>
        app.WithDbAsync(async db =>
        {
            var calendar = await app.Services.CreateScope().ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
            var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, null, start, period, calendar);
            db.Deadlines.Add(deadline);
            await db.SaveChangesAsync();
            return deadline.Id;
        });
}
