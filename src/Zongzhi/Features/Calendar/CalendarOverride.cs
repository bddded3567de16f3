using Zongzhi.Domain.Calendar;

namespace Zongzhi.Features.Calendar;

/// <summary>A local override (本地调整) as stored; removing one keeps the row, marked removed.</summary>
public sealed class CalendarOverride
{
    public long Id { get; set; }

    public DateOnly Date { get; set; }

    public LocalOverrideKind Kind { get; set; }

    public string Reason { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public string? CreatedByUserId { get; set; }

    public DateTime? RemovedAt { get; set; }

    public string? RemovedByUserId { get; set; }

    public string? RemovalReason { get; set; }

    public bool IsActive => RemovedAt is null;
}
