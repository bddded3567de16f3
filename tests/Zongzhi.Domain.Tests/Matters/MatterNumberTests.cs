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

    [Theory]
    [InlineData("ZZ-2026-000123")]
    [InlineData("ZZ-2027-1234567")]
    [InlineData("ZZ-2026-0001")]
    [InlineData("ZZ-2026-")]
    [InlineData("ZZ-2026")]
    [InlineData("ZZ-20")]
    [InlineData("ZZ-")]
    [InlineData("ZZ")]
    [InlineData("Z")]
    public void IsNumberOrPrefix_NumberOrItsBeginning_IsTrue(string text)
    {
        var accepted = MatterNumber.IsNumberOrPrefix(text);

        Assert.True(accepted);
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("11010519491231002X")]
    [InlineData("张三")]
    [InlineData("宅基地纠纷")]
    [InlineData("ZZ-2026-13812345678")]
    [InlineData("ZZ-13812345678")]
    [InlineData("ZZ-2026-000123-1")]
    [InlineData("ZZ-2026-00012X")]
    [InlineData("ZZ 张三")]
    [InlineData("zz-2026-000123")]
    [InlineData("JB-2026-000001")]
    [InlineData("")]
    [InlineData(null)]
    public void IsNumberOrPrefix_PersonalDataOrOtherText_IsFalse(string? text)
    {
        var accepted = MatterNumber.IsNumberOrPrefix(text);

        Assert.False(accepted);
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
