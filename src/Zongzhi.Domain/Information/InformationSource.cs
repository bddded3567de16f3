namespace Zongzhi.Domain.Information;

/// <summary>The five sources of information (信息收集的内容, 信息收集通报制度（一）1–5).</summary>
public enum InformationSource
{
    /// <summary>（一）1 联调接待室的来访人、纠纷调解申请人反映的信息.</summary>
    Reception,

    /// <summary>（一）2 村(社区)每月上报调处矛盾纠纷的信息.</summary>
    Village,

    /// <summary>（一）3 矛盾纠纷和社会不稳定因素排查 (<see cref="ScreeningCampaign"/>) 上报的信息.</summary>
    Screening,

    /// <summary>（一）4 重大、突发性事件和群众越级上访的信息; reported at once (（二）4).</summary>
    MajorIncident,

    /// <summary>（一）5 治安信息员上报的信息.</summary>
    Informant,
}
