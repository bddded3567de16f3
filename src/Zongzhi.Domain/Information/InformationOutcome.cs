namespace Zongzhi.Domain.Information;

/// <summary>How an information item was handled (处理方式).</summary>
public enum InformationOutcome
{
    /// <summary>已知悉: noted, no further action.</summary>
    Noted,

    /// <summary>转为事项: a matter was registered from it (linked by id).</summary>
    TurnedIntoMatter,

    /// <summary>办结/关闭, with a reason.</summary>
    Closed,
}
