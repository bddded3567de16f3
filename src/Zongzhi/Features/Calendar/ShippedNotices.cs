using Zongzhi.Domain.Calendar;

namespace Zongzhi.Features.Calendar;

/// <summary>The State Council notices 2007–2026 that ship with the product (embedded Notices/*.json).</summary>
public static class ShippedNotices
{
    private static readonly Lazy<IReadOnlyList<HolidaySchedule>> Loaded = new(Load);

    public static IReadOnlyList<HolidaySchedule> All => Loaded.Value;

    private static List<HolidaySchedule> Load()
    {
        var assembly = typeof(ShippedNotices).Assembly;
        var schedules = new List<HolidaySchedule>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("notices/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var (schedule, error) = HolidayScheduleJson.Parse(reader.ReadToEnd());
            schedules.Add(schedule ?? throw new InvalidOperationException($"Shipped notice {name} is invalid: {error}"));
        }

        return schedules;
    }
}
