using Xunit;
using Zongzhi.Domain.Information;

namespace Zongzhi.Domain.Tests.Information;

public sealed class ReportMonthTests
{
    [Theory]
    [InlineData("2026-10", 5, "2026-11-05")]
    [InlineData("2026-12", 5, "2027-01-05")]
    [InlineData("2026-01", 31, "2026-02-28")]
    public void DueOn_DayOfNextMonth_ClampsToMonthEnd(string month, int dueDay, string expected)
    {
        var due = ReportMonth.Parse(month)!.Value.DueOn(dueDay);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-1")]
    [InlineData("abcd-ef")]
    [InlineData(null)]
    public void Parse_BadText_IsNull(string? text) => Assert.Null(ReportMonth.Parse(text));

    [Fact]
    public void Previous_January_IsDecemberOfPreviousYear()
    {
        var month = new ReportMonth(2026, 1);

        Assert.Equal("2025-12", month.Previous.ToString());
        Assert.Equal("2025-01", month.YearEarlier.ToString());
        Assert.True(month.Previous < month);
    }
}
