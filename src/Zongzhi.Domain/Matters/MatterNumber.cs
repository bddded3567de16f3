namespace Zongzhi.Domain.Matters;

/// <summary>
/// A matter's readable number (事项编号), e.g. <c>ZZ-2026-000123</c>: the year and a sequence the application draws
/// uniquely (the domain only formats and reads it).
/// </summary>
public static class MatterNumber
{
    /// <summary>The number's prefix (综治).</summary>
    public const string Prefix = "ZZ";

    /// <summary>Formats <paramref name="year"/> and <paramref name="sequence"/> (padded to six digits, wider past 999999).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2000–9999 or the sequence below 1.</exception>
    public static string Format(int year, long sequence) => NumberFormat.Format(Prefix, year, sequence);

    /// <summary>Reads a number made by <see cref="Format"/>; false for anything else.</summary>
    public static bool TryParse(string? value, out int year, out long sequence) =>
        NumberFormat.TryParse(Prefix, value, out year, out sequence);

    /// <summary>
    /// True for a whole number or its beginning as typed (<c>ZZ</c>, <c>ZZ-2026</c>, <c>ZZ-2026-0001</c>): text that
    /// names a matter, never a person, so it may appear in an address (个人信息保护法第五十一条: no personal information
    /// where it is not needed). Digits alone, and sequences over seven digits, are refused: they may be part of a phone or
    /// ID number.
    /// </summary>
    public static bool IsNumberOrPrefix(string? value) => NumberFormat.IsPrefix(Prefix, value);
}
