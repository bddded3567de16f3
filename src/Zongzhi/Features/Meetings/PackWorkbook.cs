using MiniExcelLibs;
using Zongzhi.Platform.Excel;

namespace Zongzhi.Features.Meetings;

/// <summary>
/// Writes tables as an Excel workbook, one sheet per table (MiniExcel). Every text cell is neutralised against formula
/// injection (<see cref="SpreadsheetText"/>): village, category and department names are entered by users.
/// </summary>
public static class PackWorkbook
{
    public static async Task<byte[]> WriteAsync(IReadOnlyList<PackTables.Table> tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sheets = new Dictionary<string, object>();
        foreach (var table in tables)
        {
            var rows = table.Rows.Count == 0
                ? [table.Headers.ToDictionary(h => h, h => (object?)(h == table.Headers[0] ? "本期无数据" : null))]
                : table.Rows.Select(row => table.Headers.Select((h, i) => (h, Cell(row[i]))).ToDictionary(x => x.h, x => x.Item2)).ToList();
            sheets[SheetName(table.Title, sheets)] = rows;
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    private static object? Cell(object value) => value is string text ? SpreadsheetText.Neutralise(text) : value;

    // Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique.
    private static string SheetName(string title, Dictionary<string, object> taken)
    {
        var name = new string([.. title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]);
        name = name.Length > 31 ? name[..31] : name;
        return taken.ContainsKey(name) ? name[..Math.Min(name.Length, 28)] + taken.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : name;
    }
}
