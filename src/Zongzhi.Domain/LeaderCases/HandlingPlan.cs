namespace Zongzhi.Domain.LeaderCases;

/// <summary>
/// The case leader's handling plan (调处方案): findings of the investigation, measures and the people assigned
/// (领导包案的要求第2条: 认真准备，调查研究，制定调处方案，及时组织力量). Owned value (no identity); a revision replaces it
/// and the timeline keeps each version.
/// </summary>
public sealed class HandlingPlan
{
    private HandlingPlan()
    {
        Findings = "";
        Measures = "";
        People = "";
    }

    /// <summary>调查情况.</summary>
    public string Findings { get; private set; }

    /// <summary>调处措施.</summary>
    public string Measures { get; private set; }

    /// <summary>参与人员.</summary>
    public string People { get; private set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTime RecordedAt { get; private set; }

    internal static HandlingPlan Create(string findings, string measures, string people, DateTime now) => new()
    {
        Findings = findings,
        Measures = measures,
        People = people,
        RecordedAt = now,
    };
}
