namespace Zongzhi.Domain.Calendar;

/// <summary>The unit a period is counted in (期间单位).</summary>
public enum PeriodUnit
{
    /// <summary>工作日.</summary>
    WorkingDays,

    /// <summary>自然日.</summary>
    CalendarDays,

    /// <summary>月.</summary>
    Months,
}
