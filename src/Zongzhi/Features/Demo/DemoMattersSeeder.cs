using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Calendar;
using Zongzhi.Platform;

namespace Zongzhi.Features.Demo;

/// <summary>
/// A few hundred demo matters in every state over the last five months, each walked through the domain's own
/// actions at historical dates (so deadlines, timelines and on-time figures are what real use would give).
/// </summary>
public sealed class DemoMattersSeeder(ZongzhiDb db, NumberSequences numbers, CalendarSource calendars, RuleSettingsSource rules, TownClock clock) : IDemoSeeder
{
    public const int Count = 300;

    private static readonly string[] Summaries =
    [
        "宅基地边界争议", "邻里噪音扰民", "拖欠农民工工资", "土地承包经营权纠纷", "婚后财产分割争议", "物业费收取争议",
        "交通事故赔偿协商", "医疗费用赔偿争议", "商品质量投诉", "养殖场异味污染", "征地补偿款分配", "山林权属争议",
    ];

    public int Order => 10;

    public async Task SeedAsync(DemoTown town, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(town);
        var random = new Random(2026);
        var people = new DemoPeople(random);
        var calendar = await calendars.GetAsync(cancellationToken);
        var settings = await rules.GetAsync(cancellationToken);
        var categories = await db.DisputeCategories.Select(c => c.Code).ToListAsync(cancellationToken);
        var villages = town.Villages.ToList();
        var departments = town.Departments.Where(d => d.Key is "司法所" or "派出所" or "国土所" or "劳动保障所" or "民政办").ToList();
        var now = clock.UtcNow();
        var actors = new Actors(town.Users["clerk"], town.Users["director"], town.Users["handler"], town.Users["head"], town.Users["leader"], town.Users["police"]);
        var walk = new DemoMatterWalk(db, calendar, settings, random, actors, departments.ToDictionary(d => d.Key, d => d.Value));
        foreach (var year in Enumerable.Range(clock.DateOf(now).Year - 1, 2))
        {
            await numbers.EnsureAsync($"matter-{year}", cancellationToken);
            await numbers.EnsureAsync($"sheet-{year}", cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        for (var i = 0; i < Count; i++)
        {
            // Older matters have gone further: spread over 150 days, the newest few still waiting for triage.
            var age = Count - 1 - i;
            var receivedAt = now.AddDays(-age * 150.0 / Count).AddHours(-random.Next(1, 6));
            var (villageName, villageId) = villages[random.Next(villages.Count)];
            var draft = new MatterDraft(
                (IntakeChannel)random.Next(0, 4), receivedAt,
                [
                    new PartyDraft(PartyRole.Complainant, people.Name(), people.Phone(), random.Next(3) == 0 ? people.IdNumber() : null, people.Address(villageName)),
                    new PartyDraft(PartyRole.Respondent, people.Name(), random.Next(2) == 0 ? people.Phone() : null),
                ],
                villageId, categories[random.Next(categories.Count)], Summaries[random.Next(Summaries.Length)],
                "当事人来中心反映情况，请求依法协调处理。", IsMajor: random.Next(20) == 0, IsGroup: random.Next(25) == 0);
            var year = clock.DateOf(receivedAt).Year;
            var number = MatterNumber.Format(year, await numbers.NextAsync($"matter-{year}", cancellationToken));
            var matter = Check(Matter.Register(number, draft, categories, actors.Clerk, receivedAt.AddMinutes(10)));
            db.Matters.Add(matter);
            await db.SaveChangesAsync(cancellationToken);
            await walk.AdvanceAsync(matter, age, receivedAt, now, () => NextSheetNumberAsync(clock.DateOf(receivedAt).Year, cancellationToken), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<string> NextSheetNumberAsync(int year, CancellationToken cancellationToken) =>
        AssignmentSheetNumber.Format(year, await numbers.NextAsync($"sheet-{year}", cancellationToken));

    public static T Check<T>(Result<T> result) =>
        result.IsSuccess ? result.Value! : throw new InvalidOperationException("Demo data refused: " + result.Error!.Message);

    public static void Check(Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException("Demo data refused: " + result.Error!.Message);
        }
    }

    /// <summary>The demo users who act on matters.</summary>
    public sealed record Actors(string Clerk, string Director, string Handler, string Head, string Leader, string Police);
}
