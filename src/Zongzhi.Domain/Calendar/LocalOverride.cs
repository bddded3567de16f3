namespace Zongzhi.Domain.Calendar;

/// <summary>A local calendar override (本地日历调整) with the reason it was made.</summary>
/// <param name="Date">The day overridden.</param>
/// <param name="Kind">Whether the day becomes a rest day or a working day.</param>
/// <param name="Reason">Why, as the administrator wrote it.</param>
public sealed record LocalOverride(DateOnly Date, LocalOverrideKind Kind, string Reason)
{
    /// <summary>Whether the override makes the day a working day.</summary>
    public bool IsWorkingDay => Kind == LocalOverrideKind.ExtraWorkingDay;
}
