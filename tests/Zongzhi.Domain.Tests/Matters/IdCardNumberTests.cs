using Xunit;
using Zongzhi.Domain.Matters;

namespace Zongzhi.Domain.Tests.Matters;

public sealed class IdCardNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("110101199003074477")]
    [InlineData("440301199001010012")]
    [InlineData("710101199003074479")]
    public void Validate_CorrectCheckCharacter_IsValid(string number)
    {
        var error = IdCardNumber.Validate("idNumber", number);

        Assert.Null(error);
        Assert.True(IdCardNumber.IsValid(number));
    }

    [Theory]
    [InlineData("11010519491231002", 'X')]
    [InlineData("11010119900307447", '7')]
    [InlineData("44030119900101001", '2')]
    public void ComputeCheckCharacter_First17Digits_IsMod11Character(string first17, char expected)
    {
        var check = IdCardNumber.ComputeCheckCharacter(first17);

        Assert.Equal(expected, check);
    }

    [Theory]
    [InlineData("110101199003074478", "校验位")]
    [InlineData("11010519491231002x", "大写 X")]
    [InlineData("11010519491231002", "18 位")]
    [InlineData("1101051949123100X2", "前 17 位")]
    [InlineData("110101199002304471", "出生日期")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ", "前 17 位")]
    [InlineData("990105194912310023", "省级行政区划代码")]
    [InlineData("000101199003074471", "省级行政区划代码")]
    [InlineData("200101199003074479", "省级行政区划代码")]
    public void Validate_Malformed_IsRefusedWithReason(string number, string reason)
    {
        var error = IdCardNumber.Validate("parties[0].idNumber", number);

        Assert.NotNull(error);
        Assert.Equal("parties[0].idNumber", error.Field);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeCheckCharacter_NotSeventeenDigits_Throws()
    {
        Action compute = () => IdCardNumber.ComputeCheckCharacter("1234");

        Assert.Throws<ArgumentException>(compute);
    }
}
