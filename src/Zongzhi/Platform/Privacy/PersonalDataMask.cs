using System.Text;

namespace Zongzhi.Platform.Privacy;

/// <summary>
/// Masks for screens, lists, exports and prints (shown by default; the clear value only through
/// <see cref="RevealPersonalData"/>): ID 110101********1234, phone 138****5678, name 张*三 / 张*.
/// </summary>
public static class PersonalDataMask
{
    public static string? IdNumber(string? value) => value is null ? null : Keep(value.Trim(), 6, 4);

    public static string? Phone(string? value) => value is null ? null : Keep(value.Trim(), 3, 4);

    /// <summary>All but the first and last character (counted as the reader sees them, rare characters included).</summary>
    public static string? Name(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var runes = value.Trim().EnumerateRunes().ToList();
        return runes.Count switch
        {
            0 => "",
            1 => "*",
            2 => runes[0] + "*",
            _ => runes[0] + new string('*', runes.Count - 2) + runes[^1],
        };
    }

    /// <summary>The first six characters, then ****: enough to know the village or street, not the door.</summary>
    public static string? Address(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var runes = value.EnumerateRunes().ToList();
        return runes.Count <= 6 ? value : string.Concat(runes.Take(6)) + "****";
    }

    // Keeps the first and last characters when enough remain hidden; a short value is hidden but for its last two.
    private static string Keep(string value, int first, int last)
    {
        if (value.Length >= first + last + 3)
        {
            return value[..first] + new string('*', value.Length - first - last) + value[^last..];
        }

        var builder = new StringBuilder(new string('*', Math.Max(0, value.Length - 2)));
        return builder.Append(value.AsSpan(Math.Max(0, value.Length - 2))).ToString();
    }
}
