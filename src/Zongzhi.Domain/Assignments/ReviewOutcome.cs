namespace Zongzhi.Domain.Assignments;

/// <summary>The supervising body's review of a round's result (办理结果审核).</summary>
public enum ReviewOutcome
{
    /// <summary>通过.</summary>
    Accepted,

    /// <summary>重新办理: the result fell short or the party is unsatisfied (督查督办部门的职权第1条).</summary>
    RehandlingOrdered,
}
