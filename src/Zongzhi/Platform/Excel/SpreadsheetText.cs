namespace Zongzhi.Platform.Excel;

/// <summary>
/// Text bound for a spreadsheet cell: a value starting with = + - @ tab or CR would be read by Excel as a formula
/// (CSV/formula injection, OWASP), so it gets a leading apostrophe and is shown as the text it is.
/// </summary>
public static class SpreadsheetText
{
    public static string? Neutralise(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
