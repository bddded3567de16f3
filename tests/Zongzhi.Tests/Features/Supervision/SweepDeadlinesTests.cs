using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Data;
using Zongzhi.Domain.Matters;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Calendar;
using Zongzhi.Features.Notifications;
using Zongzhi.Features.Supervision;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Supervision;

public sealed class SweepDeadlinesTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Sweep_AcrossNationalDay_WarnsDueSoonThenOverdueOnceEach(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider, now: new DateTimeOffset(2025, 9, 30, 10, 0, 0, Beijing));
        var town = await TownFixture.CreateAsync(app);
        var director = await app.CreateUserAsync("director", Roles.CenterDirector);
        var handler = await app.CreateUserAsync("handler", Roles.DepartmentHandler, town.JusticeOffice);
        var head = await app.CreateUserAsync("head", Roles.DepartmentHead, town.JusticeOffice);
        await app.CreateUserAsync("other-head", Roles.DepartmentHead, town.PoliceStation);
        var sheetDue = await RegisterAssignAndReceiveAsync(app, town, director.Id, handler.Id);

        Assert.Equal(new DateOnly(2025, 10, 16), sheetDue);
        Assert.Equal(0, (await SweepAsync(app, new DateOnly(2025, 10, 13))).Alerts);
        var dueSoon = await SweepAsync(app, new DateOnly(2025, 10, 14));
        var again = await SweepAsync(app, new DateOnly(2025, 10, 16));
        var overdue = await SweepAsync(app, new DateOnly(2025, 10, 17));
        var rerun = await SweepAsync(app, new DateOnly(2025, 10, 20));

        Assert.Equal((1, 3), (dueSoon.Alerts, dueSoon.Notifications));
        Assert.Equal(0, again.Alerts);
        Assert.Equal((1, 3), (overdue.Alerts, overdue.Notifications));
        Assert.Equal(0, rerun.Alerts);
        var notifications = await app.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.DueSoon || n.Kind == NotificationKind.Overdue).ToListAsync());
        Assert.Equal(6, notifications.Count);
        Assert.Equal(new[] { director.Id, handler.Id, head.Id }.Order(), notifications.Where(n => n.Kind == NotificationKind.Overdue).Select(n => n.UserId).Order());
        Assert.Contains("超期", notifications.First(n => n.Kind == NotificationKind.Overdue).Title, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Sweep_TwoPassesAtOnce_NotifyEachRecipientOnce(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider, now: new DateTimeOffset(2025, 9, 30, 10, 0, 0, Beijing));
        var town = await TownFixture.CreateAsync(app);
        var director = await app.CreateUserAsync("director", Roles.CenterDirector);
        var handler = await app.CreateUserAsync("handler", Roles.DepartmentHandler, town.JusticeOffice);
        await RegisterAssignAndReceiveAsync(app, town, director.Id, handler.Id);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SweepAsync(app, new DateOnly(2025, 10, 17))));
        await SweepAsync(app, new DateOnly(2025, 10, 17));

        Assert.Equal(1, await app.WithDbAsync(db => db.DeadlineAlerts.CountAsync(a => a.Kind == DeadlineAlertKind.Overdue)));
        Assert.Equal(2, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.Overdue)));
    }

    [Fact]
    public async Task Candidates_SheetPastItsDeadline_ProposedToTheDisciplineOfficer()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite, now: new DateTimeOffset(2025, 9, 30, 10, 0, 0, Beijing));
        var town = await TownFixture.CreateAsync(app);
        var director = await app.CreateUserAsync("director", Roles.CenterDirector);
        var handler = await app.CreateUserAsync("handler", Roles.DepartmentHandler, town.JusticeOffice);
        await RegisterAssignAndReceiveAsync(app, town, director.Id, handler.Id);
        app.Clock.Advance(TimeSpan.FromDays(20));
        using var discipline = await app.ClientForAsync(Roles.DisciplineOfficer);

        var candidates = await discipline.GetFromJsonAsync<JsonElement[]>("/api/accountability/candidates", TestContext.Current.CancellationToken);

        var candidate = Assert.Single(candidates!);
        Assert.Equal("OverdueWithoutExtension", candidate.GetProperty("reason").GetString());
        Assert.Equal(town.JusticeOffice, candidate.GetProperty("departmentId").GetInt64());
        Assert.Contains("2025-10-16", candidate.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<SweepDeadlines.Outcome> SweepAsync(ZongzhiAppFactory app, DateOnly today)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<SweepDeadlines>().RunAsync(today);
    }

    // Registers through the API, then accepts, assigns and signs through the domain as the use cases do.
    private static async Task<DateOnly> RegisterAssignAndReceiveAsync(ZongzhiAppFactory app, TownFixture town, string directorId, string handlerId)
    {
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        var created = await clerk.PostAsJsonAsync("/api/matters", town.Visit(receivedAt: "2025-09-30T09:00:00+08:00"), TestContext.Current.CancellationToken);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ZongzhiDb>();
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
        var rules = await scope.ServiceProvider.GetRequiredService<RuleSettingsSource>().GetAsync();
        var matter = await db.Matters.Include(m => m.Parties).SingleAsync(m => m.Id == id);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var today = new DateOnly(2025, 9, 30);
        Assert.True(matter.Accept(directorId, Complexity.General, Zongzhi.Domain.Supervision.SupervisionTrack.Center, now).IsSuccess);
        var sheet = matter.Assign(directorId, "JB-2025-000001", town.JusticeOffice, [], "请依法调处", now, today, calendar, rules);
        Assert.True(sheet.IsSuccess, sheet.Error?.Message);
        db.AssignmentSheets.Add(sheet.Value!);
        Assert.True(sheet.Value!.Receive(matter, handlerId, town.JusticeOffice, now, today, calendar, rules).IsSuccess);
        await db.SaveChangesAsync();
        return sheet.Value.CurrentRound!.Deadline.DueOn;
    }
}
