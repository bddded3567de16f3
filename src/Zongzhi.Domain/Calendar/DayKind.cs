namespace Zongzhi.Domain.Calendar;

/// <summary>The kind of a calendar day for counting deadlines (日期类型).</summary>
public enum DayKind
{
    /// <summary>工作日: an ordinary Monday to Friday.</summary>
    Workday,

    /// <summary>周末: a Saturday or Sunday at rest.</summary>
    Weekend,

    /// <summary>法定节假日: a holiday under a State Council notice.</summary>
    Holiday,

    /// <summary>调休上班: a Saturday or Sunday worked under a notice.</summary>
    MakeupWorkingDay,

    /// <summary>本地休息: a local holiday or emergency closure.</summary>
    LocalRestDay,

    /// <summary>本地加班: an extra local working day.</summary>
    LocalWorkingDay,
}
