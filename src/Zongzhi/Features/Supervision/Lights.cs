namespace Zongzhi.Features.Supervision;

/// <summary>The board's traffic light of a last day (null when no deadline runs).</summary>
public static class Lights
{
    public static BoardQuery.Light? Of(DateOnly? dueOn, DateOnly today, DateOnly soonUntil) => dueOn switch
    {
        null => null,
        { } due when due < today => BoardQuery.Light.Red,
        { } due when due <= soonUntil => BoardQuery.Light.Yellow,
        _ => BoardQuery.Light.Green,
    };
}
