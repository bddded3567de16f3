using Xunit;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Matters;

namespace Zongzhi.Domain.Tests.Matters;

public sealed class MatterNumberTests
{
    [Theory]
    [InlineData(2026, 123, "ZZ-2026-000123")]
    [InlineData(2026, 1, "ZZ-2026-000001")]
    [InlineData(2027, 1234567, "ZZ-2027-1234567")]
    public void Format_YearAndSequence_IsPaddedNumber(int year, long sequence, string expected)
    {
        var number = MatterNumber.Format(year, sequence);

        Assert.Equal(expected, number);
    }

    [Fact]
    public void TryParse_FormattedNumber_RoundTrips()
    {
        var number = MatterNumber.Format(2026, 42);

        var parsed = MatterNumber.TryParse(number, out var year, out var sequence);

        Assert.True(parsed);
        Assert.Equal(2026, year);
        Assert.Equal(42, sequence);
    }

    [Theory]
    [InlineData("JB-2026-000001")]
    [InlineData("ZZ-26-000001")]
    [InlineData("ZZ-2026-12")]
    [InlineData("ZZ-2026-00000X")]
    [InlineData(null)]
    public void TryParse_OtherText_IsFalse(string? text)
    {
        var parsed = MatterNumber.TryParse(text, out _, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void Format_SequenceZero_Throws()
    {
        Action format = () => MatterNumber.Format(2026, 0);

        Assert.Throws<ArgumentOutOfRangeException>(format);
    }

    [Fact]
    public void AssignmentSheetNumber_Format_HasItsOwnPrefix()
    {
        var number = AssignmentSheetNumber.Format(2026, 45);

        Assert.Equal("JB-2026-000045", number);
    }
}
