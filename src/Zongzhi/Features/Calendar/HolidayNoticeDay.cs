using Zongzhi.Domain.Calendar;

namespace Zongzhi.Features.Calendar;

/// <summary>One day of a stored holiday notice.</summary>
public sealed class HolidayNoticeDay
{
    public long Id { get; set; }

    public long NoticeId { get; set; }

    public DateOnly Date { get; set; }

    public NoticeDayKind Kind { get; set; }

    public string Name { get; set; } = "";
}
