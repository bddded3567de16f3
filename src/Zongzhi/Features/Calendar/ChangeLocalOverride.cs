using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Calendar;

/// <summary>Adds or removes a local override (本地节假日、紧急停止办公、加班工作日), recounting open deadlines.</summary>
public sealed class ChangeLocalOverride(ZongzhiDb db, CalendarSource source, ApplyCalendarChange apply, AuditTrail audit, TownClock clock)
{
    public const int MaxReasonLength = 200;

    public async Task<Result<CalendarOverride>> AddAsync(DateOnly date, LocalOverrideKind kind, string reason, CancellationToken cancellationToken = default)
    {
        reason = reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            return new ValidationError("reason", "请填写调整原因");
        }

        if (reason.Length > MaxReasonLength)
        {
            return new ValidationError("reason", $"调整原因不能超过 {MaxReasonLength} 个字");
        }

        if (await db.CalendarOverrides.AnyAsync(o => o.Date == date && o.RemovedAt == null, cancellationToken))
        {
            return new ConflictError($"{date:yyyy-MM-dd} 已有本地调整，请先撤销");
        }

        var item = new CalendarOverride
        {
            Date = date,
            Kind = kind,
            Reason = reason,
            CreatedAt = clock.UtcNow(),
            CreatedByUserId = audit.Actor.UserId,
        };
        var (schedules, overrides) = await source.LoadPartsAsync(cancellationToken);
        overrides.Add(new LocalOverride(date, kind, reason));
        db.CalendarOverrides.Add(item);
        var record = await apply.RunAsync(WorkCalendar.From(schedules, overrides), $"本地调整 {date:yyyy-MM-dd}：{reason}", audit.Actor.UserId, cancellationToken);
        audit.Record("CalendarOverride", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "calendar.override.add",
            new { kind = kind.ToString(), reason, calendarVersion = record.Version, recomputedDeadlines = record.RecomputedDeadlines });
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    public async Task<Result> RemoveAsync(long id, string reason, CancellationToken cancellationToken = default)
    {
        reason = reason?.Trim() ?? "";
        if (reason.Length is 0 or > MaxReasonLength)
        {
            return new ValidationError("reason", $"请填写撤销原因（不超过 {MaxReasonLength} 个字）");
        }

        var item = await db.CalendarOverrides.FirstOrDefaultAsync(o => o.Id == id && o.RemovedAt == null, cancellationToken);
        if (item is null)
        {
            return new NotFoundError("未找到该本地调整");
        }

        item.RemovedAt = clock.UtcNow();
        item.RemovedByUserId = audit.Actor.UserId;
        item.RemovalReason = reason;
        var (schedules, overrides) = await source.LoadPartsAsync(cancellationToken);
        overrides.RemoveAll(o => o.Date == item.Date);
        var record = await apply.RunAsync(WorkCalendar.From(schedules, overrides), $"撤销本地调整 {item.Date:yyyy-MM-dd}：{reason}", audit.Actor.UserId, cancellationToken);
        audit.Record("CalendarOverride", item.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "calendar.override.remove",
            new { reason, calendarVersion = record.Version, recomputedDeadlines = record.RecomputedDeadlines });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
