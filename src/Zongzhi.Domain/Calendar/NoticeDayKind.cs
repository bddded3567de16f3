namespace Zongzhi.Domain.Calendar;

/// <summary>What a State Council holiday notice (国务院节假日安排通知) says of one day.</summary>
public enum NoticeDayKind
{
    /// <summary>放假: a statutory holiday or a rest day the notice moves into a holiday.</summary>
    Holiday,

    /// <summary>调休上班: a Saturday or Sunday that is worked.</summary>
    MakeupWorkingDay,

    /// <summary>上班: a weekday the notice names as worked (e.g. 2020-02-03 after the Spring Festival extension).</summary>
    WorkingDay,
}
