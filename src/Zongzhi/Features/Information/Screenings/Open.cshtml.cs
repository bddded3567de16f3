using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Information.Screenings;

/// <summary>开展排查: the director names the campaign, its period, its focus and the villages and departments that screen.</summary>
[Authorize(Policy = Policies.Director)]
public sealed class OpenModel(ZongzhiDb db, CurrentUser current, AuditTrail audit, TownClock clock, FormAction forms) : PageModel
{
    public sealed class OpenInput
    {
        public string? Title { get; set; }

        public string? Focus { get; set; }

        public DateOnly? StartsOn { get; set; }

        public DateOnly? EndsOn { get; set; }

        public List<long> VillageIds { get; set; } = [];

        public List<long> DepartmentIds { get; set; } = [];

        /// <summary>The one-time token of this rendering: a second post of the same form opens nothing more.</summary>
        public string? FormToken { get; set; }
    }

    [BindProperty]
    public OpenInput Input { get; set; } = new();

    public IReadOnlyList<(long Id, string Name)> Villages { get; private set; } = [];

    public IReadOnlyList<(long Id, string Name)> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        Input = new OpenInput { StartsOn = today, EndsOn = today.AddDays(14) };
        await LoadListsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            // A second post of the same form (a double click, or a retry after a lost answer) leads to the campaign the first opened.
            var (outcome, landing) = await forms.CreateOnceAsync("screening.open.page", Input.FormToken, () => ScreeningsApi.OpenAsync(
                new OpenScreeningRequest(Input.Title?.Trim(), Input.Focus?.Trim(), Input.StartsOn, Input.EndsOn, Input.VillageIds, Input.DepartmentIds),
                current, db, audit, clock, cancellationToken),
                result => result is Created<ScreeningView> created ? $"/Information/Screenings/Details/{created.Value!.Id}" : null, cancellationToken);
            if (outcome is null || outcome.Succeeded)
            {
                TempData["Message"] = "排查已开展，范围内的村(社区)和部门可在本页上报发现";
                return Redirect(landing ?? "/Information/Screenings");
            }

            if (outcome.FieldErrors.Count == 0)
            {
                ModelState.AddModelError("", outcome.Message ?? "未能开展排查");
            }

            foreach (var (field, messages) in outcome.FieldErrors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError("Input." + char.ToUpperInvariant(field[0]) + field[1..], message);
                }
            }
        }

        await LoadListsAsync(cancellationToken);
        return Page();
    }

    private async Task LoadListsAsync(CancellationToken cancellationToken)
    {
        Input.FormToken = FormAction.NewToken();
        Villages = (await db.Villages.AsNoTracking().Where(v => v.IsActive).OrderBy(v => v.SortOrder).ThenBy(v => v.Id).Select(v => new { v.Id, v.Name })
            .ToListAsync(cancellationToken)).Select(v => (v.Id, v.Name)).ToList();
        Departments = (await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Id).Select(d => new { d.Id, d.Name })
            .ToListAsync(cancellationToken)).Select(d => (d.Id, d.Name)).ToList();
    }
}
