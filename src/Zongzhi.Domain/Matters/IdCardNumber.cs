using System.Globalization;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Matters;

/// <summary>
/// The citizen identification number (公民身份号码) of GB 11643-1999: 17 digits (address code, birth date yyyyMMdd,
/// sequence code) and a check character computed by ISO 7064 MOD 11-2 (校验码).
/// </summary>
public static class IdCardNumber
{
    /// <summary>The number's length.</summary>
    public const int Length = 18;

    private const string _checkCharacters = "10X98765432";

    private static readonly int[] _weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// The province-level codes of GB/T 2260 that begin an address code, with 81, 82 and 83 of the residence permits
    /// for residents of Hong Kong, Macao and Taiwan (港澳台居民居住证).
    /// </summary>
    public static readonly IReadOnlySet<string> ProvinceCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45",
        "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83",
    };

    /// <summary>
    /// The check character for the first 17 digits: the weighted sum modulo 11 indexes <c>10X98765432</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The input is not 17 ASCII digits.</exception>
    public static char ComputeCheckCharacter(string first17Digits)
    {
        ArgumentNullException.ThrowIfNull(first17Digits);
        if (first17Digits.Length != 17 || !first17Digits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Expected 17 ASCII digits.", nameof(first17Digits));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17Digits[i] - '0') * _weights[i];
        }

        return _checkCharacters[sum % 11];
    }

    /// <summary>Whether <paramref name="value"/> is a valid 18-character number.</summary>
    public static bool IsValid(string? value) => value is not null && Validate("idNumber", value) is null;

    /// <summary>
    /// Checks <paramref name="value"/>: 18 characters, 17 ASCII digits, a province code of GB/T 2260, a real birth date, then a digit or an
    /// upper-case X matching the computed check character. Returns null when valid.
    /// </summary>
    /// <param name="field">The field named in the error.</param>
    /// <param name="value">The number as entered.</param>
    public static ValidationError? Validate(string field, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length != Length)
        {
            return new ValidationError(field, "身份证号码应为 18 位");
        }

        if (value.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9'))
        {
            return new ValidationError(field, "身份证号码前 17 位应为数字");
        }

        if (!ProvinceCodes.Contains(value[..2]))
        {
            return new ValidationError(field, "身份证号码前两位不是有效的省级行政区划代码");
        }

        var last = value[17];
        if (!char.IsAsciiDigit(last) && last != 'X')
        {
            return new ValidationError(field, "身份证号码末位应为数字或大写 X");
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900)
        {
            return new ValidationError(field, "身份证号码中的出生日期无效");
        }

        return ComputeCheckCharacter(value[..17]) == last
            ? null
            : new ValidationError(field, "身份证号码校验位不正确，请核对");
    }
}
