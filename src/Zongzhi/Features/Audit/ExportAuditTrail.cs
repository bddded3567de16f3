using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zongzhi.Data;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;
using Zongzhi.Platform.Excel;

namespace Zongzhi.Features.Audit;

/// <summary>
/// The auditor's Excel export of a search (at most <see cref="MaxRows"/> rows, newest first). Every text cell is
/// neutralised against formula injection, and the export itself is an audit entry, committed before the file is sent.
/// </summary>
public sealed class ExportAuditTrail(ZongzhiDb db, TownClock clock, AuditTrail audit)
{
    public const int MaxRows = 100_000;

    public async Task<byte[]> RunAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await query.Apply(db, clock).AsNoTracking().Take(MaxRows).ToListAsync(cancellationToken);
        audit.Record("AuditTrail", null, "audit.export", new
        {
            filter = new { query.UserId, query.EntityType, query.EntityId, query.Action, query.From, query.To, query.Cursor },
            rows = rows.Count,
        });
        await db.SaveChangesAsync(cancellationToken);

        var sheet = rows.Select(a => new Dictionary<string, object?>
        {
            ["序号"] = a.Sequence,
            ["时间(北京时间)"] = TimeZoneInfo.ConvertTimeFromUtc(a.At, clock.Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["用户ID"] = SpreadsheetText.Neutralise(a.UserId),
            ["用户名"] = SpreadsheetText.Neutralise(a.UserName),
            ["角色"] = SpreadsheetText.Neutralise(a.Roles),
            ["来源地址"] = SpreadsheetText.Neutralise(a.ClientAddress),
            ["对象类型"] = SpreadsheetText.Neutralise(a.EntityType),
            ["对象编号"] = SpreadsheetText.Neutralise(a.EntityId),
            ["操作"] = SpreadsheetText.Neutralise(a.Action),
            ["详情"] = SpreadsheetText.Neutralise(a.Details),
            ["哈希"] = a.Hash,
        });
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "审计记录", cancellationToken: cancellationToken);
        return stream.ToArray();
    }
}
