using MiniExcelLibs;
using Zongzhi.Domain.Information;
using Zongzhi.Platform.Excel;

namespace Zongzhi.Features.Information;

/// <summary>
/// The village monthly report spreadsheet (月报模板): one row per village, month and dispute category. The same
/// columns serve the downloadable template, the import and the export; text cells written out are neutralised
/// against formula injection (<see cref="SpreadsheetText"/>).
/// </summary>
public static class VillageReportTemplate
{
    public const string Village = "村(社区)";
    public const string Month = "月份";
    public const string Category = "纠纷类别";
    public const string Mediated = "调解数";
    public const string Resolved = "调解成功数";
    public const string Unresolved = "未调结数";
    public const string NotableCases = "重点案件";
    public const string InstabilityFactors = "不稳定因素";

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A blank template: one row per category, with the village and month filled in when known.</summary>
    public static byte[] Blank(string? villageName, ReportMonth month, IEnumerable<string> categoryNames) =>
        Write(categoryNames.Select(name => Row(villageName ?? "", month.ToString(), name, 0, 0, 0, "", "")));

    /// <summary>Reports as rows of the template (export).</summary>
    public static byte[] Export(IEnumerable<VillageReport> reports, IReadOnlyDictionary<long, string> villageNames, IReadOnlyDictionary<string, string> categoryNames)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return Write(reports.SelectMany(r => r.Lines.Select((l, i) => Row(
            villageNames.GetValueOrDefault(r.VillageId, ""), r.Month.ToString(), categoryNames.GetValueOrDefault(l.Category, l.Category),
            l.Mediated, l.Resolved, l.Unresolved, i == 0 ? r.NotableCases : "", i == 0 ? r.InstabilityFactors : ""))));
    }

    private static Dictionary<string, object> Row(string village, string month, string category, int mediated, int resolved, int unresolved,
        string? notable, string? factors) => new()
    {
        [Village] = SpreadsheetText.Neutralise(village) ?? "",
        [Month] = month,
        [Category] = SpreadsheetText.Neutralise(category) ?? "",
        [Mediated] = mediated,
        [Resolved] = resolved,
        [Unresolved] = unresolved,
        [NotableCases] = SpreadsheetText.Neutralise(notable) ?? "",
        [InstabilityFactors] = SpreadsheetText.Neutralise(factors) ?? "",
    };

    private static byte[] Write(IEnumerable<Dictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        var list = rows.ToList();
        if (list.Count == 0)
        {
            list.Add(Row("", "", "", 0, 0, 0, "", ""));
        }

        stream.SaveAs(list, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
