namespace Zongzhi.Domain.Accountability;

/// <summary>
/// The decision recorded by a discipline officer (责任追究及处理), 《维稳综治工作制度》§四(二). The regulation's three
/// outcomes are ① 诫勉教育 or 效能告诫, ② 按党纪政纪处理, ③ 移送司法机关; an officer may also find no liability.
/// </summary>
public enum AccountabilityOutcome
{
    /// <summary>诫勉教育: failure without loss or violation, §四(二)①.</summary>
    Admonishment,

    /// <summary>效能告诫: failure without loss or violation, §四(二)①.</summary>
    EfficiencyWarning,

    /// <summary>按《中国共产党处分条例》《国家公务员奖惩条例》查处: failure causing loss, §四(二)②.</summary>
    DisciplinaryHandling,

    /// <summary>移交司法机关处理: serious failure causing major loss and constituting a crime, §四(二)③.</summary>
    JudicialTransfer,

    /// <summary>不予追究: the officer finds no failure of duty.</summary>
    NotHeldLiable,
}
