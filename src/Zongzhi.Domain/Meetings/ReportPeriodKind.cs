namespace Zongzhi.Domain.Meetings;

/// <summary>The length of a written periodic report's period (定期书面报告: 周报、月报、季报).</summary>
public enum ReportPeriodKind
{
    /// <summary>周报: Monday to Sunday.</summary>
    Week,

    /// <summary>月报: a calendar month.</summary>
    Month,

    /// <summary>季报: a calendar quarter.</summary>
    Quarter,
}
