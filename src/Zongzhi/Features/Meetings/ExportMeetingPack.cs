using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Meetings;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Meetings;

/// <summary>例会材料导出: the month's pack as an Excel workbook, one sheet per table; the export is audited first.</summary>
public sealed class ExportMeetingPack(ZongzhiDb db, PeriodStatistics statistics, AuditTrail audit)
{
    public async Task<byte[]> RunAsync(ReportMonth month, CancellationToken cancellationToken)
    {
        var figures = await statistics.RunAsync(ReportPeriod.Of(month), PeriodStatistics.Scope.Town, cancellationToken);
        var tables = PackTables.From(figures);
        audit.Record("MeetingPack", month.ToString(), "meetings.pack.export", new { month = month.ToString(), sheets = tables.Count });
        await db.SaveChangesAsync(cancellationToken);
        return await PackWorkbook.WriteAsync(tables, cancellationToken);
    }

    public static string FileName(ReportMonth month) => $"综治例会材料-{month}.xlsx";
}
