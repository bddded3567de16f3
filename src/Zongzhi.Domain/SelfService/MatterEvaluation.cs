using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.SelfService;

/// <summary>
/// 群众评价: the party's rating of how a closed matter was handled, given once per matter from the receipt's query code
/// (信访工作条例第二十一条); it may be changed within <see cref="ChangeWindow"/> of the first rating.
/// </summary>
public sealed class MatterEvaluation
{
    /// <summary>How long after the first rating the party may change it.</summary>
    public static readonly TimeSpan ChangeWindow = TimeSpan.FromDays(7);

    private MatterEvaluation()
    {
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>The matter rated; one evaluation per matter.</summary>
    public long MatterId { get; private set; }

    /// <summary>满意/基本满意/不满意.</summary>
    public Satisfaction Rating { get; private set; }

    /// <summary>The party's comment, optional.</summary>
    public string? Comment { get; private set; }

    /// <summary>When first rated (UTC).</summary>
    public DateTime RatedAt { get; private set; }

    /// <summary>The town's date of the first rating.</summary>
    public DateOnly RatedOn { get; private set; }

    /// <summary>When last changed (UTC), if ever.</summary>
    public DateTime? ChangedAt { get; private set; }

    /// <summary>The first rating of a matter, which must be closed (or archived after closure).</summary>
    /// <param name="matterId">The matter.</param>
    /// <param name="status">Its status now.</param>
    /// <param name="rating">The rating.</param>
    /// <param name="comment">Optional comment, at most 500 characters.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    public static Result<MatterEvaluation> Rate(long matterId, MatterStatus status, Satisfaction rating, string? comment, DateTime now, DateOnly today)
    {
        if (Check(status, rating, comment) is { } error)
        {
            return error;
        }

        return new MatterEvaluation { MatterId = matterId, Rating = rating, Comment = Clean(comment), RatedAt = now, RatedOn = today };
    }

    /// <summary>Whether the rating may still be changed at <paramref name="now"/>.</summary>
    /// <param name="now">The instant (UTC).</param>
    public bool CanChange(DateTime now) => now - RatedAt <= ChangeWindow;

    /// <summary>Changes the rating within <see cref="ChangeWindow"/> of the first; refused after it.</summary>
    /// <param name="status">The matter's status now.</param>
    /// <param name="rating">The new rating.</param>
    /// <param name="comment">The new comment.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result Change(MatterStatus status, Satisfaction rating, string? comment, DateTime now)
    {
        if (!CanChange(now))
        {
            return new ConflictError("评价提交已超过7日，不能再修改");
        }

        if (Check(status, rating, comment) is { } error)
        {
            return error;
        }

        Rating = rating;
        Comment = Clean(comment);
        ChangedAt = now;
        return Result.Success;
    }

    private static DomainError? Check(MatterStatus status, Satisfaction rating, string? comment)
    {
        if (status is not (MatterStatus.Closed or MatterStatus.Archived))
        {
            return new ConflictError("事项办结后才能评价");
        }

        if (!Enum.IsDefined(rating))
        {
            return new ValidationError("rating", "请选择满意、基本满意或不满意");
        }

        return TextRules.Optional("comment", comment, "评价意见", TextLimits.ShortText * 5 / 2, multiline: true);
    }

    private static string? Clean(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
}
