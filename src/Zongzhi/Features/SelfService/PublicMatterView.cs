using Zongzhi.Domain.Matters;
using Zongzhi.Domain.SelfService;

namespace Zongzhi.Features.SelfService;

/// <summary>
/// What the public status page shows of a matter, and nothing else: the stages with dates, the handling unit, the
/// current deadline and whether it was extended, the reply once closed, and the party's evaluation. No party's data,
/// no internal notes, no timeline details; the handler's name only where the town configures it.
/// </summary>
public sealed record PublicMatterView(
    string Number,
    IReadOnlyList<PublicStage> Stages,
    string CurrentStage,
    string? HandlingUnit,
    string? HandlerName,
    DateOnly? DueOn,
    DateOnly? OriginalDueOn,
    bool Extended,
    string? Reply,
    PublicEvaluationView? Evaluation,
    bool CanRate);

/// <summary>The party's evaluation as the page shows it back.</summary>
public sealed record PublicEvaluationView(Satisfaction Rating, string RatingLabel, string? Comment, DateOnly RatedOn, bool CanChange);
