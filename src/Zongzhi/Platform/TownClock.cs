namespace Zongzhi.Platform;

/// <summary>
/// The town's clock: instants from <see cref="TimeProvider"/>, today's date in the town's zone (Asia/Shanghai by
/// default, setting <c>Zongzhi:TimeZone</c>). The date of an instant is the town's date, never the UTC date: a sheet
/// received at 2024-09-30 00:30 +08:00 was received on 09-30.
/// </summary>
public sealed class TownClock(TimeProvider time, TimeZoneInfo zone)
{
    public const string DefaultZone = "Asia/Shanghai";

    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The current instant, UTC.</summary>
    public DateTime UtcNow() => time.GetUtcNow().UtcDateTime;

    /// <summary>Today in the town.</summary>
    public DateOnly Today() => DateOf(UtcNow());

    /// <summary>The town's date of a UTC instant.</summary>
    public DateOnly DateOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));

    /// <summary>The UTC instant at which a town date begins (00:00 town time).</summary>
    public DateTime StartOfDayUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    public static TownClock Create(TimeProvider time, string? zoneId) =>
        new(time, TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(zoneId) ? DefaultZone : zoneId));
}
