using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Zongzhi.Platform.Privacy;

/// <summary>Stores a personal value encrypted (<see cref="PersonalDataProtector"/>) and reads it back in clear.</summary>
public sealed class EncryptedStringConverter(PersonalDataKind kind, PersonalDataProtector? protector)
    : ValueConverter<string, string>(
        v => Require(protector).Encrypt(kind, v),
        v => Require(protector).Decrypt(kind, v))
{
    private static PersonalDataProtector Require(PersonalDataProtector? protector) =>
        protector ?? throw new InvalidOperationException("Personal data cannot be read or written without the keys (design-time model).");
}
