using Zongzhi.Domain.Matters;

namespace Zongzhi.Domain.Assignments;

/// <summary>
/// A round's handling result (办理结果): what was done, the reply given to the party and, if known, the party's
/// satisfaction. Owned value (no identity).
/// </summary>
public sealed class HandlingResult
{
    private HandlingResult()
    {
        WhatWasDone = "";
        ReplyToParty = "";
        SubmittedByUserId = "";
    }

    /// <summary>办理情况.</summary>
    public string WhatWasDone { get; private set; }

    /// <summary>答复当事人的内容.</summary>
    public string ReplyToParty { get; private set; }

    /// <summary>The party's stated satisfaction, if known.</summary>
    public Satisfaction? PartySatisfaction { get; private set; }

    /// <summary>When it was submitted (UTC).</summary>
    public DateTime SubmittedAt { get; private set; }

    /// <summary>The town's date of submission; compared with the round's deadline.</summary>
    public DateOnly SubmittedOn { get; private set; }

    /// <summary>Who submitted it.</summary>
    public string SubmittedByUserId { get; private set; }

    internal static HandlingResult Create(string whatWasDone, string replyToParty, Satisfaction? satisfaction, string userId, DateTime now, DateOnly today) => new()
    {
        WhatWasDone = whatWasDone,
        ReplyToParty = replyToParty,
        PartySatisfaction = satisfaction,
        SubmittedAt = now,
        SubmittedOn = today,
        SubmittedByUserId = userId,
    };
}
