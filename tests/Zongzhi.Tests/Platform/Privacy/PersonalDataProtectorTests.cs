using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Zongzhi.Platform.Privacy;

namespace Zongzhi.Tests.Platform.Privacy;

public sealed class PersonalDataProtectorTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "zongzhi-tests", "keys-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Encrypt_SameValueTwice_GivesDifferentCiphertextsThatDecrypt()
    {
        var protector = Create();

        var first = protector.Encrypt(PersonalDataKind.IdNumber, "11010119900307123X");
        var second = protector.Encrypt(PersonalDataKind.IdNumber, "11010119900307123X");

        Assert.NotEqual(first, second);
        Assert.StartsWith("pd1:k1:", first, StringComparison.Ordinal);
        Assert.DoesNotContain("1101011990", first, StringComparison.Ordinal);
        Assert.Equal("11010119900307123X", protector.Decrypt(PersonalDataKind.IdNumber, second));
    }

    [Fact]
    public void Decrypt_TamperedOrOtherKind_IsRefused()
    {
        var protector = Create();
        var stored = protector.Encrypt(PersonalDataKind.Phone, "13812345678");
        var bytes = Convert.FromBase64String(stored["pd1:k1:".Length..]);
        bytes[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(PersonalDataKind.Phone, "pd1:k1:" + Convert.ToBase64String(bytes)));
        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(PersonalDataKind.IdNumber, stored));
    }

    [Fact]
    public void Rotate_NewValuesUseNewKey_OldValuesStillDecrypt()
    {
        var protector = Create();
        var old = protector.Encrypt(PersonalDataKind.Phone, "13812345678");
        var hashBefore = protector.SearchHash(PersonalDataKind.Phone, "13812345678");

        protector.Rotate();
        var reloaded = Create();

        Assert.Equal("k2", reloaded.CurrentKeyId);
        Assert.StartsWith("pd1:k2:", reloaded.Encrypt(PersonalDataKind.Phone, "1"), StringComparison.Ordinal);
        Assert.Equal("13812345678", reloaded.Decrypt(PersonalDataKind.Phone, old));
        Assert.Equal(hashBefore, reloaded.SearchHash(PersonalDataKind.Phone, "13812345678"));
    }

    [Fact]
    public void KeyFile_CreatedOnFirstUse_IsOwnerReadWriteOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var protector = Create();

        _ = protector.CurrentKeyId;

#pragma warning disable CA1416 // skipped on Windows above
        var mode = File.GetUnixFileMode(Path.Combine(_directory, "personal-data.key"));
#pragma warning restore CA1416
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    [Theory]
    [InlineData(PersonalDataKind.IdNumber, "11010119900307123x", " 11010119900307123X ")]
    [InlineData(PersonalDataKind.Phone, "138-1234-5678", "13812345678")]
    public void SearchHash_NormalisedEqualValues_AreEqual(PersonalDataKind kind, string entered, string searched)
    {
        var protector = Create();

        Assert.Equal(protector.SearchHash(kind, entered), protector.SearchHash(kind, searched));
        Assert.NotEqual(protector.SearchHash(kind, entered), protector.SearchHash(kind, searched + "1"));
    }

    [Theory]
    [InlineData("110101199003071234", "110101********1234")]
    [InlineData("12345", "***45")]
    public void Mask_IdNumber_KeepsFirstSixAndLastFour(string value, string masked) =>
        Assert.Equal(masked, PersonalDataMask.IdNumber(value));

    [Fact]
    public void Mask_PhoneAndNames_HideTheMiddle()
    {
        Assert.Equal("138****5678", PersonalDataMask.Phone("13812345678"));
        Assert.Equal("张*三", PersonalDataMask.Name("张小三"));
        Assert.Equal("张*", PersonalDataMask.Name("张三"));
        Assert.Equal("欧**娜", PersonalDataMask.Name("欧阳娜娜"));
        Assert.Equal("𠀀*𠀁", PersonalDataMask.Name("𠀀中𠀁"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private PersonalDataProtector Create() => new(new PersonalDataKeySource(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            [PersonalDataKeySource.KeyFileSetting] = Path.Combine(_directory, "personal-data.key"),
        }).Build()));
}
