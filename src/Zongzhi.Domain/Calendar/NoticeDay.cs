namespace Zongzhi.Domain.Calendar;

/// <summary>One day named in a holiday notice (节假日安排中的一天).</summary>
/// <param name="Date">The calendar day.</param>
/// <param name="Kind">Holiday, makeup working day or working day.</param>
/// <param name="Name">The festival the arrangement belongs to, e.g. 春节.</param>
public sealed record NoticeDay(DateOnly Date, NoticeDayKind Kind, string Name);
