using Xunit;
using Zongzhi.Domain.Matters;

namespace Zongzhi.Domain.Tests.Matters;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13800138000")]
    [InlineData("19912345678")]
    [InlineData("0571-88888888")]
    [InlineData("057188888888")]
    [InlineData("010-12345678-123")]
    [InlineData("88888888")]
    public void IsValid_MobileOrLandline_IsTrue(string phone)
    {
        var valid = PhoneNumber.IsValid(phone);

        Assert.True(valid);
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1380013800")]
    [InlineData("138 0013 8000")]
    [InlineData("１３８００１３８０００")]
    [InlineData("phone")]
    [InlineData("")]
    public void IsValid_OtherShapes_IsFalse(string phone)
    {
        var valid = PhoneNumber.IsValid(phone);

        Assert.False(valid);
    }
}
