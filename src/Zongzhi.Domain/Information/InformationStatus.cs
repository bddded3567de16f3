namespace Zongzhi.Domain.Information;

/// <summary>Where an information item stands: registered, handled, analysed (登记、调处、作出分析, 信息收集通报制度（二）1).</summary>
public enum InformationStatus
{
    /// <summary>已登记.</summary>
    Registered,

    /// <summary>已处理 (<see cref="InformationOutcome"/>).</summary>
    Handled,

    /// <summary>已分析: cause and characteristic tags recorded.</summary>
    Analysed,
}
