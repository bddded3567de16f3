namespace Zongzhi.Domain.Calendar;

/// <summary>A local decision that sits on top of the national notices (本地调整).</summary>
public enum LocalOverrideKind
{
    /// <summary>本地节假日: a local holiday, not worked.</summary>
    LocalHoliday,

    /// <summary>紧急停止办公: an emergency closure (flood, epidemic), not worked.</summary>
    EmergencyClosure,

    /// <summary>加班工作日: an extra working day on a day otherwise at rest.</summary>
    ExtraWorkingDay,
}
