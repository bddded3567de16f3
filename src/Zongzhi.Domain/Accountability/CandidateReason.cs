namespace Zongzhi.Domain.Accountability;

/// <summary>Why the system proposes a candidate (线索来源); each maps to a fact it can detect.</summary>
public enum CandidateReason
{
    /// <summary>交办单超期且无经批准的延期.</summary>
    OverdueWithoutExtension,

    /// <summary>被责令重新办理.</summary>
    RehandlingOrdered,

    /// <summary>回访当事人不满意.</summary>
    PartyUnsatisfied,

    /// <summary>汇报或调阅材料逾期未答复.</summary>
    RequestUnanswered,

    /// <summary>重大突发事件未及时确认.</summary>
    EmergencyNotAcknowledged,
}
