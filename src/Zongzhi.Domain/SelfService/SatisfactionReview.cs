using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Domain.SelfService;

/// <summary>
/// 不满意评价复核: opened when a party rates a closed matter 不满意; the supervising body reviews it and either upholds the
/// handling with a note or orders re-handling (督查督办部门的职权: 当事人不满意的，责令重新办理).
/// </summary>
public sealed class SatisfactionReview
{
    private SatisfactionReview()
    {
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>The matter.</summary>
    public long MatterId { get; private set; }

    /// <summary>The supervising body that reviews it.</summary>
    public SupervisionTrack SupervisingBody { get; private set; }

    /// <summary>When it was opened (UTC).</summary>
    public DateTime OpenedAt { get; private set; }

    /// <summary>The outcome, once concluded.</summary>
    public SatisfactionReviewOutcome? Outcome { get; private set; }

    /// <summary>复核意见.</summary>
    public string? Note { get; private set; }

    /// <summary>When concluded (UTC).</summary>
    public DateTime? ConcludedAt { get; private set; }

    /// <summary>Who concluded it.</summary>
    public string? ConcludedByUserId { get; private set; }

    /// <summary>Whether it still waits for the supervising body.</summary>
    public bool IsOpen => Outcome is null;

    /// <summary>Opens a review for an unsatisfied rating.</summary>
    /// <param name="matterId">The matter.</param>
    /// <param name="supervisingBody">The body that supervises the matter.</param>
    /// <param name="now">The instant (UTC).</param>
    public static SatisfactionReview Open(long matterId, SupervisionTrack supervisingBody, DateTime now) =>
        new() { MatterId = matterId, SupervisingBody = supervisingBody, OpenedAt = now };

    /// <summary>Concludes the review, by the supervising body only, with a note (required).</summary>
    /// <param name="actingBody">The body the user acts for.</param>
    /// <param name="outcome">Upheld or re-handling ordered.</param>
    /// <param name="note">Why, at most 2000 characters.</param>
    /// <param name="userId">Who concludes it.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result Conclude(SupervisionTrack actingBody, SatisfactionReviewOutcome outcome, string note, string userId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (!IsOpen)
        {
            return new ConflictError("该评价已复核");
        }

        if (actingBody != SupervisingBody)
        {
            return new ForbiddenError("该事项不由您所在的督查督办部门复核");
        }

        if (!Enum.IsDefined(outcome))
        {
            return new ValidationError("outcome", "请选择复核结论");
        }

        if (TextRules.Required("note", note, "复核意见", TextLimits.Reason, multiline: true) is { } error)
        {
            return error;
        }

        Outcome = outcome;
        Note = note.Trim();
        ConcludedAt = now;
        ConcludedByUserId = userId;
        return Result.Success;
    }
}
