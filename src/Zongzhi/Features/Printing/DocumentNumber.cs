using System.Globalization;

namespace Zongzhi.Features.Printing;

/// <summary>
/// Numbers (文号) of the documents whose records carry none: the document's code, the year of the record and the
/// record's id, e.g. 综治催〔2025〕3号. The id is unique per kind of record, so the number is unique per code and the
/// same on every reprint; it is not a gapless yearly count (that would need a stored sequence per record kind).
/// The assignment sheet (JB-…), the archive (档案号) and a written notice that has its own 文号 print their own.
/// </summary>
public static class DocumentNumber
{
    /// <summary>催办通知单.</summary>
    public const string Reminder = "综治催";

    /// <summary>督办通知单 calling up materials (调阅).</summary>
    public const string MaterialsRequest = "综治督调";

    /// <summary>督办通知单 requiring a report (汇报).</summary>
    public const string ReportRequest = "综治督报";

    /// <summary>延期申请审批表.</summary>
    public const string Extension = "综治延";

    /// <summary>移交告知书.</summary>
    public const string TransferNotice = "综治移告";

    /// <summary>书面通报 / 书面告知 without a 文号 of its own.</summary>
    public const string WrittenNotice = "综治通";

    /// <summary>协调会纪要.</summary>
    public const string Minutes = "综治纪";

    public static string Format(string code, DateOnly issuedOn, long id) =>
        string.Create(CultureInfo.InvariantCulture, $"{code}〔{issuedOn.Year}〕{id}号");
}
