namespace Zongzhi.Features.Calendar;

/// <summary>
/// A year's holiday notice as stored: the shipped State Council notice, or one an administrator loaded. Loading a
/// corrected notice for a year adds a new current row; the earlier one stays as history.
/// </summary>
public sealed class HolidayNotice
{
    public long Id { get; set; }

    public int Year { get; set; }

    /// <summary>Addresses of the State Council notices, one per line.</summary>
    public string Sources { get; set; } = "";

    /// <summary>"shipped" for the notices that come with the product, "loaded" for an administrator's.</summary>
    public string Origin { get; set; } = "";

    public bool IsCurrent { get; set; }

    public DateTime LoadedAt { get; set; }

    public string? LoadedByUserId { get; set; }

    /// <summary>The calendar version this notice produced.</summary>
    public string CalendarVersion { get; set; } = "";

    public List<HolidayNoticeDay> Days { get; set; } = [];
}
