using Zongzhi.Domain.Matters;

namespace Zongzhi.Domain.Assignments;

/// <summary>An assignment sheet's number (交办单编号), e.g. <c>JB-2026-000045</c>; the application draws the sequence.</summary>
public static class AssignmentSheetNumber
{
    /// <summary>The number's prefix (交办).</summary>
    public const string Prefix = "JB";

    /// <summary>Formats <paramref name="year"/> and <paramref name="sequence"/> (padded to six digits).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2000–9999 or the sequence below 1.</exception>
    public static string Format(int year, long sequence) => NumberFormat.Format(Prefix, year, sequence);

    /// <summary>Reads a number made by <see cref="Format"/>; false for anything else.</summary>
    public static bool TryParse(string? value, out int year, out long sequence) =>
        NumberFormat.TryParse(Prefix, value, out year, out sequence);
}
