using System.Globalization;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using Zongzhi.Domain.Calendar;

namespace Zongzhi.Domain.Tests.Calendar;

/// <summary>A start day between 2007-01-01 and 2030-12-31, across published and unpublished years.</summary>
public sealed record StartDay(DateOnly Value)
{
    public override string ToString() => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A period length from 1 to 60.</summary>
public sealed record PeriodLength(int Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>FsCheck generators mapping integers to the calendar's domain.</summary>
public static class CalendarArbitraries
{
    private static readonly DateOnly _first = new(2007, 1, 1);
    private static readonly DateOnly _last = new(2030, 12, 31);

    public static Arbitrary<StartDay> StartDays() =>
        Gen.Choose(0, _last.DayNumber - _first.DayNumber).Select(offset => new StartDay(_first.AddDays(offset))).ToArbitrary();

    public static Arbitrary<PeriodLength> PeriodLengths() =>
        Gen.Choose(1, 60).Select(n => new PeriodLength(n)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 300)]
public sealed class WorkCalendarProperties
{
    private static readonly DateOnly _firstUnsettled = new(2026, 12, 1);
    private static readonly string[] _otherCultures = ["th-TH", "ar-SA", "fa-IR", "zh-CN"];
    private readonly WorkCalendar _calendar = ShippedCalendar.Instance;

    [Property]
    public bool AddWorkingDays_AnyStart_EndsOnWorkingDay(StartDay start, PeriodLength n)
    {
        var deadline = _calendar.AddWorkingDays(start.Value, n.Value);

        return _calendar.IsWorkingDay(deadline.DueOn);
    }

    [Property]
    public bool AddWorkingDays_AnyStart_CountsExactlyNWorkingDays(StartDay start, PeriodLength n)
    {
        var deadline = _calendar.AddWorkingDays(start.Value, n.Value);

        return deadline.DueOn > start.Value
            && _calendar.CountWorkingDays(start.Value, deadline.DueOn) == n.Value;
    }

    [Property]
    public bool AddWorkingDays_Chained_EqualsSum(StartDay start, PeriodLength n, PeriodLength m)
    {
        var first = _calendar.AddWorkingDays(start.Value, n.Value);

        var chained = _calendar.AddWorkingDays(first.DueOn, m.Value);

        return chained.DueOn == _calendar.AddWorkingDays(start.Value, n.Value + m.Value).DueOn;
    }

    [Property]
    public bool AddWorkingDays_AnyStart_ProvisionalExactlyWhenReachingDecember2026(StartDay start, PeriodLength n)
    {
        var deadline = _calendar.AddWorkingDays(start.Value, n.Value);

        return deadline.IsProvisional == (deadline.DueOn >= _firstUnsettled);
    }

    [Property]
    public bool AddMonths_AnyStart_NeverBeforeCorrespondingDay(StartDay start, PeriodLength n)
    {
        var corresponding = start.Value.AddMonths(n.Value);

        var deadline = _calendar.AddMonths(start.Value, n.Value);

        return deadline.DueOn >= corresponding
            && _calendar.IsWorkingDay(deadline.DueOn)
            && AllRestDays(corresponding, deadline.DueOn);
    }

    [Property]
    public bool AddCalendarDays_AnyStart_EndsOnWorkingDayNotBeforeStartPlusN(StartDay start, PeriodLength n)
    {
        var lastDay = start.Value.AddDays(n.Value);

        var deadline = _calendar.AddCalendarDays(start.Value, n.Value);

        return deadline.DueOn >= lastDay
            && _calendar.IsWorkingDay(deadline.DueOn)
            && AllRestDays(lastDay, deadline.DueOn);
    }

    [Property]
    public bool WorkingDaysRemaining_OnStartDay_IsNPlusOneWhenWorking(StartDay start, PeriodLength n)
    {
        var deadline = _calendar.AddWorkingDays(start.Value, n.Value);

        var remaining = _calendar.WorkingDaysRemaining(start.Value, deadline.DueOn);

        return remaining == n.Value + (_calendar.IsWorkingDay(start.Value) ? 1 : 0);
    }

    [Property(MaxTest = 50)]
    public bool Add_UnderOtherCultures_SameDeadline(StartDay start, PeriodLength n)
    {
        var expected = Compute(_calendar, start.Value, n.Value);

        var results = _otherCultures
            .Select(name => OnThreadWithCulture(CultureInfo.GetCultureInfo(name), () => Compute(_calendar, start.Value, n.Value)))
            .ToList();

        return results.TrueForAll(r => r.SequenceEqual(expected));
    }

    [Fact]
    public void WorkCalendar_PublicSurface_TakesNoInstantsOrTimeZones()
    {
        Type[] banned = [typeof(DateTime), typeof(DateTimeOffset), typeof(TimeZoneInfo), typeof(TimeProvider)];
        Type[] types = [typeof(WorkCalendar), typeof(Deadline), typeof(CalendarDay), typeof(Period), typeof(TrackedDeadline)];

        var offending = types
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(SignatureTypes)
            .Where(t => banned.Contains(Nullable.GetUnderlyingType(t) ?? t))
            .ToList();

        Assert.Empty(offending);
    }

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType),
        ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        _ => [],
    };

    private static List<Deadline> Compute(WorkCalendar calendar, DateOnly start, int n) =>
    [
        calendar.AddWorkingDays(start, n),
        calendar.AddCalendarDays(start, n),
        calendar.AddMonths(start, n),
    ];

    private static T OnThreadWithCulture<T>(CultureInfo culture, Func<T> compute)
    {
        T result = default!;
        var thread = new Thread(() =>
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            result = compute();
        });
        thread.Start();
        thread.Join();
        return result;
    }

    private bool AllRestDays(DateOnly from, DateOnly dueOn)
    {
        for (var date = from; date < dueOn; date = date.AddDays(1))
        {
            if (_calendar.IsWorkingDay(date))
            {
                return false;
            }
        }

        return true;
    }
}
