using Zongzhi.Domain.Calendar;

namespace Zongzhi.Features.Calendar;

/// <summary>The installation's deadline rule settings (时限规则), one row; changes are audited.</summary>
public sealed class RuleSettingsRecord
{
    public const long SingletonId = 1;

    public long Id { get; set; } = SingletonId;

    public int GeneralDays { get; set; } = 7;

    public int ComplexDays { get; set; } = 15;

    public int EspeciallyComplexDays { get; set; } = 30;

    public int LeaderCaseMonths { get; set; } = 1;

    public int DueSoonWorkingDays { get; set; } = 2;

    public int UnsignedChaseWorkingDays { get; set; } = 1;

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedByUserId { get; set; }

    public DeadlineRules ToRules() => new(GeneralDays, ComplexDays, EspeciallyComplexDays, LeaderCaseMonths, DueSoonWorkingDays, UnsignedChaseWorkingDays);
}
