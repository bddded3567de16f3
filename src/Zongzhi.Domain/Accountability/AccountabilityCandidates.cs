using System.Globalization;

namespace Zongzhi.Domain.Accountability;

/// <summary>
/// Proposes candidates from facts (SPEC §4: the product proposes, it never decides). Pure: the facts, today's
/// date in the town and the current instant are arguments.
/// </summary>
public static class AccountabilityCandidates
{
    /// <summary>One candidate per fact that shows a failure by now, earliest first; facts that do not (yet) are skipped.</summary>
    /// <param name="facts">Facts gathered by the features.</param>
    /// <param name="today">The town's date (a deadline's last day ends at 24:00, Civil Code art. 203).</param>
    /// <param name="utcNow">The current instant, for deadlines measured in hours.</param>
    public static IReadOnlyList<AccountabilityCandidate> Find(IEnumerable<AccountabilityFact> facts, DateOnly today, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return [.. facts
            .Select(f => Propose(f, today, utcNow))
            .OfType<AccountabilityCandidate>()
            .DistinctBy(c => c.Key)
            .OrderBy(c => c.OccurredOn)
            .ThenBy(c => c.Key, StringComparer.Ordinal)];
    }

    private static AccountabilityCandidate? Propose(AccountabilityFact fact, DateOnly today, DateTime utcNow) => fact switch
    {
        // §二: the deadline counts from receipt; only an approved extension moves it (DueOn is then the new one).
        OverdueSheetFact f when (f.SubmittedOn ?? today) > f.DueOn => Candidate(f, CandidateReason.OverdueWithoutExtension,
            AccountabilityGrounds.StaffProcrastinated, f.DueOn.AddDays(1),
            $"交办单超过办理期限（{Date(f.DueOn)}）" + (f.SubmittedOn is { } s ? $"，于 {Date(s)} 才提交结果" : "，至今未提交结果")
            + (f.HasPendingExtension ? "；延期申请尚未批准" : "；无经批准的延期")),
        RehandlingOrderedFact f => Candidate(f, CandidateReason.RehandlingOrdered, AccountabilityGrounds.StaffCausedDelay, f.OrderedOn,
            $"办理结果未达要求，{Date(f.OrderedOn)} 被责令重新办理"),
        UnsatisfiedCallbackFact f => Candidate(f, CandidateReason.PartyUnsatisfied, AccountabilityGrounds.StaffCausedDelay, f.CalledBackOn,
            $"{Date(f.CalledBackOn)} 回访，当事人不满意"),
        UnansweredRequestFact f when (f.AnsweredOn ?? today) > f.DueOn => Candidate(f, CandidateReason.RequestUnanswered,
            AccountabilityGrounds.StaffProcrastinated, f.DueOn.AddDays(1),
            (f.Kind == SupervisionRequestKind.ReportRequest ? "汇报要求" : "调阅材料要求") + $"逾期（{Date(f.DueOn)}）"
            + (f.AnsweredOn is { } a ? $"，{Date(a)} 才答复" : "，至今未答复")),
        UnacknowledgedEmergencyFact f when (f.AcknowledgedAt ?? utcNow) > f.AcknowledgeBy => Candidate(f, CandidateReason.EmergencyNotAcknowledged,
            AccountabilityGrounds.StaffOther, DateOnly.FromDateTime(f.AcknowledgeBy),
            f.AcknowledgedAt is null ? "重大突发事件通知至今未确认" : "重大突发事件通知未在规定时间内确认"),
        _ => null,
    };

    private static AccountabilityCandidate Candidate(AccountabilityFact fact, CandidateReason reason, string ground, DateOnly occurredOn, string description) =>
        new(fact.Key, reason, ground, fact.DepartmentId, fact.UserId, occurredOn, description, fact.Evidence);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
