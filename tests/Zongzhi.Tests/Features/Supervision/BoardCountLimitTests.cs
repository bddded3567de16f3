using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Calendar;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Supervision;

/// <summary>
/// Issue 8: a light is counted only up to BoardQuery.CountLimit per kind of item, so the board's cost follows the page; past it
/// the board says "500+" and the pages "N+", and every page of the light still opens, in due order.
/// </summary>
public sealed partial class BoardCountLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task MoreThan500Overdue_ShowsAsLowerBound_AndTheLastPagesStillOpen(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        const int overdue = 520;
        var clerk = (await app.CreateUserAsync("clerk-limit", Roles.ReceptionClerk)).Id;
        var director = (await app.CreateUserAsync("director-limit", Roles.CenterDirector)).Id;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Zongzhi.Data.ZongzhiDb>();
            var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync(Ct);
            var day = new DateOnly(2026, 10, 12);
            var at = day.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
            var matters = new List<Matter>();
            for (var i = 1; i <= overdue; i++)
            {
                var draft = new MatterDraft(IntakeChannel.Visit, at, [new PartyDraft(PartyRole.Complainant, "张三", Address: "东村")], town.EastVillage,
                    "neighbour", "邻里纠纷", "来访人反映与邻居因宅基地边界发生争执。");
                var matter = Ok(Matter.Register($"ZZ-2026-{i:000000}", draft, ["neighbour"], clerk, at));
                Assert.True(matter.Accept(director, Complexity.General, SupervisionTrack.Center, at).IsSuccess);
                matters.Add(matter);
            }

            db.AddRange(matters);
            await db.SaveChangesAsync(Ct);
            // Assigned in number order, so the sheets' signing deadlines (all due the same day) are created in that order too.
            foreach (var (matter, i) in matters.Select((m, i) => (m, i + 1)))
            {
                db.Add(Ok(matter.Assign(director, $"JB-2026-{i:000000}", town.JusticeOffice, [], "请依法调处。", at, day, calendar, DeadlineRules.Default)));
                await db.SaveChangesAsync(Ct);
            }
        }

        var client = await app.ClientForAsync(Roles.CenterDirector);
        var board = WebUtility.HtmlDecode(await client.GetStringAsync("/Supervision/Board", Ct));
        var overduePage = await client.GetStringAsync("/Supervision/Board?due=overdue&page=21", Ct);
        var beyond = await client.GetStringAsync("/Supervision/Board?due=overdue&page=22", Ct);

        Assert.Contains("已超期 <strong>500+</strong>", board, StringComparison.Ordinal);
        Assert.Contains("即将到期 <strong>0</strong>", board, StringComparison.Ordinal);
        Assert.Contains("共 500+ 项，第 1 / 21+ 页", board, StringComparison.Ordinal);
        // Page 21 holds the 501st to 520th sheet: counting stopped at 501, the pages did not.
        Assert.Equal(overdue - 500, SheetNumbers().Matches(overduePage).Select(m => m.Value).Distinct().Count());
        Assert.Contains("JB-2026-000520", overduePage, StringComparison.Ordinal);
        Assert.DoesNotContain("JB-2026-000001<", overduePage, StringComparison.Ordinal);
        Assert.DoesNotMatch(SheetNumbers(), beyond);
    }

    private static T Ok<T>(Zongzhi.Domain.Shared.Result<T> result) => result.IsSuccess ? result.Value! : throw new InvalidOperationException(result.Error?.Message);

    [GeneratedRegex(@"JB-2026-\d{6}")]
    private static partial Regex SheetNumbers();
}
