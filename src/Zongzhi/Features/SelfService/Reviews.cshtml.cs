using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zongzhi.Data;
using Zongzhi.Domain.SelfService;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.SelfService;

/// <summary>不满意评价复核: the supervising body's queue of unsatisfied ratings, each concluded by upholding or ordering re-handling.</summary>
[Authorize(Policy = Policies.Supervisor)]
public sealed class ReviewsModel(ZongzhiDb db, CurrentUser current, ConcludeSatisfactionReview conclude, FormAction forms) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty]
    public long ReviewId { get; set; }

    [BindProperty]
    public ConcludeSatisfactionReview.Request Input { get; set; } = new(null, null, null);

    public IReadOnlyList<SelfServiceApi.ReviewRow> Rows { get; private set; } = [];

    /// <summary>The one-time token of this rendering's forms: a second post of the same form is recognised, not repeated.</summary>
    [BindProperty]
    public string? FormToken { get; set; }

    public bool IsStale { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A second post of the same form (a double click, or a retry after a lost answer) lands where the first one led.
        var once = await forms.RunOnceAsync($"selfservice.review.{ReviewId}.page", FormToken, () => conclude.RunAsync(ReviewId, Input, cancellationToken), cancellationToken);
        var outcome = once is null ? null : Supervision.PageOutcome.Apply(once, ModelState, "Input");
        if (outcome is null || outcome.Succeeded)
        {
            TempData["Message"] = Input.Outcome == SatisfactionReviewOutcome.RehandlingOrdered ? "已责令重新办理，承办部门已收到通知" : "复核完成：维持办结";
            return RedirectToPage();
        }

        if (outcome.IsNotFound)
        {
            ModelState.AddModelError("", "未找到该评价复核，或该事项不在您的督办范围内");
        }

        IsStale = outcome.IsStale;

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        Rows = await SatisfactionReviews.ListAsync(db, user, !All, cancellationToken);
        FormToken = FormAction.NewToken();
    }
}
