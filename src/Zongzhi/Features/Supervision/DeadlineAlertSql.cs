using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Features.Notifications;

namespace Zongzhi.Features.Supervision;

/// <summary>
/// The deadline monitor's writes as multi-row <c>INSERT … ON CONFLICT DO NOTHING</c> (issue 8): the same statement on
/// SQLite and PostgreSQL, so it is no provider-only feature, but it is hand-written SQL — an exception to STYLE.md §5
/// kept to this one class, like <see cref="Platform.Audit.AuditStoreSql"/>. Through EF change tracking a first pass over
/// a large backlog (tens of thousands of alerts, each with several notifications) took seconds and had to be capped;
/// these statements write a thousand rows per round trip, and the unique indexes — (DeadlineId, Kind, DueOn) on
/// alerts, (UserId, DedupKey) on notifications — skip whatever another node or an earlier pass already wrote, so
/// each fact is announced once without a look-up first. Values go in as parameters, never into the text.
/// </summary>
public static class DeadlineAlertSql
{
    private const int RowsPerStatement = 1000;

    /// <summary>Inserts the alerts that do not exist yet; returns how many were inserted.</summary>
    public static async Task<int> InsertAlertsAsync(ZongzhiDb db, IReadOnlyList<DeadlineAlert> alerts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(alerts);
        var written = 0;
        foreach (var chunk in alerts.Chunk(RowsPerStatement))
        {
            written += await InsertAsync(db, "DeadlineAlerts", ["DeadlineId", "Kind", "DueOn", "CreatedAt", "Recipients"],
                chunk.Select(a => new object?[] { a.DeadlineId, a.Kind.ToString(), a.DueOn, a.CreatedAt, a.Recipients }), cancellationToken);
        }

        return written;
    }

    /// <summary>Inserts the notifications that do not exist yet (same user and dedup key); returns how many were inserted.</summary>
    public static async Task<int> InsertNotificationsAsync(ZongzhiDb db, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notifications);
        var written = 0;
        foreach (var chunk in notifications.Chunk(RowsPerStatement))
        {
            written += await InsertAsync(db, "Notifications", ["UserId", "Kind", "Title", "Body", "Link", "MatterId", "DedupKey", "CreatedAt", "EmailAttempts"],
                chunk.Select(n => new object?[] { n.UserId, n.Kind.ToString(), n.Title, n.Body, n.Link, n.MatterId, n.DedupKey, n.CreatedAt, n.EmailAttempts }), cancellationToken);
        }

        return written;
    }

    private static async Task<int> InsertAsync(ZongzhiDb db, string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder();
        sql.Append("INSERT INTO \"").Append(table).Append("\" (").AppendJoin(", ", columns.Select(c => $"\"{c}\"")).Append(") VALUES ");
        var parameters = new List<object>();
        var first = true;
        foreach (var row in rows)
        {
            sql.Append(first ? "(" : ", (");
            first = false;
            for (var i = 0; i < row.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append('{').Append(parameters.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
                parameters.Add(row[i] ?? DBNull.Value);
            }

            sql.Append(')');
        }

        if (first)
        {
            return 0;
        }

        sql.Append(" ON CONFLICT DO NOTHING");
        // Table and column names are the constants above; every value is a parameter.
#pragma warning disable EF1002
        return await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
#pragma warning restore EF1002
    }
}
