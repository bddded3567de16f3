namespace Zongzhi.Domain.Information;

/// <summary>How serious an information item is (严重程度).</summary>
public enum InformationSeverity
{
    /// <summary>一般.</summary>
    Ordinary,

    /// <summary>较大.</summary>
    Serious,

    /// <summary>重大.</summary>
    Major,
}
