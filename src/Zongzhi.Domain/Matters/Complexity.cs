namespace Zongzhi.Domain.Matters;

/// <summary>The complexity of a matter (复杂程度), which sets its handling deadline (督查督办制度).</summary>
public enum Complexity
{
    /// <summary>一般: 7 working days by default.</summary>
    General,

    /// <summary>复杂: 15 working days by default.</summary>
    Complex,

    /// <summary>特别复杂: 30 working days by default.</summary>
    EspeciallyComplex,
}
