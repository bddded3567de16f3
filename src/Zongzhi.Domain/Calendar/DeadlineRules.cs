using Zongzhi.Domain.Matters;

namespace Zongzhi.Domain.Calendar;

/// <summary>
/// The deadline rule settings (时限规则), defaulting to the regulation's: an assignment sheet is handled within 7,
/// 15 or 30 working days of receipt by complexity (督查督办制度); a leader case closes within one month of being
/// taken (领导包案制度). Other towns configure other numbers.
/// </summary>
/// <param name="GeneralDays">Working days for a general matter (一般).</param>
/// <param name="ComplexDays">Working days for a complex matter (复杂).</param>
/// <param name="EspeciallyComplexDays">Working days for an especially complex matter (特别复杂).</param>
/// <param name="LeaderCaseMonths">Months for a leader case (领导包案).</param>
/// <param name="DueSoonWorkingDays">How many working days before the last day a due-soon reminder (催办) goes out.</param>
/// <param name="UnsignedChaseWorkingDays">Working days after which an unsigned sheet is chased.</param>
public sealed record DeadlineRules(
    int GeneralDays = 7,
    int ComplexDays = 15,
    int EspeciallyComplexDays = 30,
    int LeaderCaseMonths = 1,
    int DueSoonWorkingDays = 2,
    int UnsignedChaseWorkingDays = 1)
{
    /// <summary>The regulation's defaults.</summary>
    public static DeadlineRules Default { get; } = new();

    /// <summary>The handling period of an assignment sheet of the given complexity.</summary>
    public Period HandlingPeriod(Complexity complexity) => Period.WorkingDays(complexity switch
    {
        Complexity.General => GeneralDays,
        Complexity.Complex => ComplexDays,
        Complexity.EspeciallyComplex => EspeciallyComplexDays,
    });

    /// <summary>The period within which a leader case is closed.</summary>
    public Period LeaderCasePeriod => Period.Months(LeaderCaseMonths);

    /// <summary>Names of the settings that are out of range; empty when all are acceptable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Period.IsValidCount(PeriodUnit.WorkingDays, GeneralDays)) errors.Add(nameof(GeneralDays));
        if (!Period.IsValidCount(PeriodUnit.WorkingDays, ComplexDays)) errors.Add(nameof(ComplexDays));
        if (!Period.IsValidCount(PeriodUnit.WorkingDays, EspeciallyComplexDays)) errors.Add(nameof(EspeciallyComplexDays));
        if (!Period.IsValidCount(PeriodUnit.Months, LeaderCaseMonths)) errors.Add(nameof(LeaderCaseMonths));
        if (DueSoonWorkingDays is < 0 or > 30) errors.Add(nameof(DueSoonWorkingDays));
        if (UnsignedChaseWorkingDays is < 1 or > 30) errors.Add(nameof(UnsignedChaseWorkingDays));
        return errors;
    }
}
