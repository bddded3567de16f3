using Xunit;
using Zongzhi.Domain.SelfService;

namespace Zongzhi.Domain.Tests.SelfService;

public sealed class PublicProgressTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static PublicProgressFacts Facts(int reached) => new(
        Day, reached >= 1 ? Day.AddDays(1) : null, null, null, null,
        reached >= 2 ? Day.AddDays(2) : null, reached >= 3 ? Day.AddDays(3) : null, null, null,
        reached >= 4 ? Day.AddDays(10) : null, reached >= 5 ? Day.AddDays(20) : null);

    [Fact]
    public void The_six_stages_are_reached_in_order_with_their_dates()
    {
        for (var reached = 0; reached <= 5; reached++)
        {
            var stages = PublicProgress.Stages(Facts(reached));

            Assert.Equal(["已登记", "已受理", "已交办", "办理中", "已办结", "已归档"], stages.Select(s => s.Name));
            Assert.Equal(reached + 1, stages.Count(s => s.IsReached));
            Assert.True(stages.Take(reached + 1).All(s => s.IsReached));
        }

        Assert.Equal(Day.AddDays(10), PublicProgress.Stages(Facts(5))[4].ReachedOn);
    }

    [Fact]
    public void A_declined_matter_ends_with_the_written_reason()
    {
        var stages = PublicProgress.Stages(new(Day, null, Day.AddDays(1), "不属于本中心受理范围，请向法院起诉。", null, null, null, null, null, null, null));

        Assert.Equal(["已登记", "不予受理"], stages.Select(s => s.Name));
        Assert.Equal("不属于本中心受理范围，请向法院起诉。", stages[1].Note);
    }

    [Fact]
    public void A_transfer_names_the_receiving_unit_instead_of_the_assignment()
    {
        var stages = PublicProgress.Stages(new(Day, Day, null, null, null, null, null, Day.AddDays(1), "县人社局", null, null));

        Assert.Equal(["已登记", "已受理", "已移交", "已办结", "已归档"], stages.Select(s => s.Name));
        Assert.Equal("移交县人社局办理", stages[2].Note);
    }
}
