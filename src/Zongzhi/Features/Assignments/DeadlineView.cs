using Zongzhi.Domain.Calendar;

namespace Zongzhi.Features.Assignments;

/// <summary>
/// A tracked deadline as the API shows it: the current and original last day, whether it is provisional (暂定), the
/// calendar version it was computed with, and the working days left (negative once overdue; null once met).
/// </summary>
public sealed record DeadlineView(
    DateOnly DueOn, DateOnly OriginalDueOn, bool IsProvisional, bool IsExtended, string CalendarVersion, DateOnly? MetOn,
    bool IsOverdue, int? WorkingDaysRemaining)
{
    public static DeadlineView From(TrackedDeadline deadline, WorkCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentNullException.ThrowIfNull(calendar);
        return new DeadlineView(deadline.DueOn, deadline.OriginalDueOn, deadline.IsProvisional, deadline.IsExtended, deadline.CalendarVersion,
            deadline.MetOn, deadline.IsOverdueOn(today), deadline.IsOpen ? calendar.WorkingDaysRemaining(today, deadline.DueOn) : null);
    }
}
