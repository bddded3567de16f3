namespace Zongzhi.Domain.Calendar;

/// <summary>A period to count from a start day (期间), e.g. 7 working days or 1 month.</summary>
public readonly record struct Period
{
    /// <summary>The longest period accepted in days (about ten years).</summary>
    public const int MaxDays = 3650;

    /// <summary>The longest period accepted in months (ten years).</summary>
    public const int MaxMonths = 120;

    private Period(PeriodUnit unit, int count)
    {
        Unit = unit;
        Count = count;
    }

    /// <summary>The unit counted.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>How many units; always at least 1.</summary>
    public int Count { get; }

    /// <summary>A period of working days.</summary>
    public static Period WorkingDays(int count) => Create(PeriodUnit.WorkingDays, count);

    /// <summary>A period of calendar days.</summary>
    public static Period CalendarDays(int count) => Create(PeriodUnit.CalendarDays, count);

    /// <summary>A period of months.</summary>
    public static Period Months(int count) => Create(PeriodUnit.Months, count);

    /// <summary>Whether <paramref name="count"/> is an acceptable length for <paramref name="unit"/>.</summary>
    public static bool IsValidCount(PeriodUnit unit, int count) =>
        count >= 1 && count <= (unit == PeriodUnit.Months ? MaxMonths : MaxDays);

    /// <summary>Creates a period, refusing a count outside 1 to the unit's maximum.</summary>
    public static Period Create(PeriodUnit unit, int count)
    {
        if (!IsValidCount(unit, count))
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A period is 1 to 3650 days or 1 to 120 months.");
        }

        return new Period(unit, count);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Count} {Unit}";
}
