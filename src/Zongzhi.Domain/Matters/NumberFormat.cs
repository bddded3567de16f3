using System.Globalization;

namespace Zongzhi.Domain.Matters;

/// <summary>The shared shape of the domain's document numbers: <c>PREFIX-yyyy-nnnnnn</c>.</summary>
internal static class NumberFormat
{
    public static string Format(string prefix, int year, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year:D4}-{sequence:D6}");
    }

    public static bool TryParse(string prefix, string? value, out int year, out long sequence)
    {
        year = 0;
        sequence = 0;
        if (value is null || !value.StartsWith(prefix + "-", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = value[(prefix.Length + 1)..].Split('-');
        return parts.Length == 2
            && parts[0].Length == 4
            && parts[1].Length >= 6
            && parts[0].All(char.IsAsciiDigit)
            && parts[1].All(char.IsAsciiDigit)
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
            && year >= 2000
            && sequence >= 1;
    }

    /// <summary>At most seven sequence digits: ten million documents a year is beyond a town, and an 11-digit phone or an
    /// ID number cannot hide in the sequence.</summary>
    public const int MaxSequenceDigits = 7;

    public static bool IsPrefix(string prefix, string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > prefix.Length + 1 + 4 + 1 + MaxSequenceDigits)
        {
            return false;
        }

        if (value.Length <= prefix.Length)
        {
            return prefix.StartsWith(value, StringComparison.Ordinal);
        }

        if (!value.StartsWith(prefix + "-", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = value[(prefix.Length + 1)..].Split('-');
        return parts.Length switch
        {
            1 => parts[0].Length <= 4 && parts[0].All(char.IsAsciiDigit),
            2 => parts[0].Length == 4 && parts[0].All(char.IsAsciiDigit) && parts[1].All(char.IsAsciiDigit),
            _ => false,
        };
    }
}
