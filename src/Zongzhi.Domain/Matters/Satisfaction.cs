namespace Zongzhi.Domain.Matters;

/// <summary>The party's satisfaction with the handling (当事人满意度); the regulation's aim is 让当事人满意 (领导包案的要求第2条).</summary>
public enum Satisfaction
{
    /// <summary>满意.</summary>
    Satisfied,

    /// <summary>基本满意.</summary>
    BasicallySatisfied,

    /// <summary>不满意: grounds for re-handling (督查督办部门的职权第1条).</summary>
    Unsatisfied,
}
