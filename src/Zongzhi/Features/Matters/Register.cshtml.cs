using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform;

namespace Zongzhi.Features.Matters;

/// <summary>
/// 登记: one keyboard form for every channel. A one-time form token is the Idempotency key, so a double submission
/// creates one matter and the second post lands on the same matter page (D5).
/// </summary>
[Authorize(Policy = Policies.Registrar)]
public sealed class RegisterModel(ZongzhiDb db, RegisterMatter register, IdempotentRequests idempotency, CurrentUser current,
    SimilarOpenMatters similar, TownClock clock) : PageModel
{
    public const string Operation = "matter.register.page";

    [BindProperty]
    public RegisterForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Villages { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];

    public IReadOnlyList<SimilarOpenMatters.Item> Similar { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new RegisterForm
        {
            FormToken = Guid.NewGuid().ToString("N"),
            ReceivedAt = TownTime(clock.UtcNow()),
            Parties = [new() { Role = PartyRole.Complainant }, new() { Role = PartyRole.Respondent }],
        };
        await LoadListsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddPartyAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Input.Parties.Add(new() { Role = PartyRole.Complainant });
        await LoadListsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Similar = await similar.FindAsync(await current.RequireAsync(cancellationToken),
            Input.Parties.Select(p => p.Name), Input.Parties.Select(p => p.Phone), cancellationToken);
        ViewData["Checked"] = true;

        await LoadListsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(Input.FormToken) || Input.FormToken.Length > IdempotentRequests.MaxKeyLength)
        {
            Input.FormToken = Guid.NewGuid().ToString("N");
        }

        if (await ReplayAsync(user.Id, cancellationToken) is { } replayed)
        {
            return replayed;
        }

        var rows = Input.Parties.Select((p, i) => (Party: p, Index: i)).Where(r => !r.Party.IsBlank).ToList();
        var found = await similar.FindAsync(user, rows.Select(r => r.Party.Name), rows.Select(r => r.Party.Phone), cancellationToken);
        var request = ToRequest(rows.Select(r => r.Party));
        Result<Matter> result;
        try
        {
            result = await register.RunAsync(user, request, matter =>
            {
                idempotency.Remember(user.Id, Operation, Input.FormToken, Operation, StatusCodes.Status303SeeOther,
                    matter.Id.ToString(CultureInfo.InvariantCulture), DetailsUrl(matter.Id));
                return Task.CompletedTask;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form posted twice at once: the first one committed, show its matter.
            db.ChangeTracker.Clear();
            return await ReplayAsync(user.Id, cancellationToken) ?? throw new InvalidOperationException("Idempotent replay missing.");
        }

        if (result.IsSuccess)
        {
            if (found.Count > 0)
            {
                TempData["Similar"] = string.Join("、", found.Select(m => m.Number));
            }

            TempData["Message"] = "登记成功，可打印回执交给当事人";
            return Redirect(DetailsUrl(result.Value!.Id));
        }

        AddErrors(result.Error!, rows.Select(r => r.Index).ToList());
        Similar = found;
        await LoadListsAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult?> ReplayAsync(string userId, CancellationToken cancellationToken)
    {
        var (replay, _) = await idempotency.FindAsync(userId, Operation, Input.FormToken, Operation, cancellationToken);
        return replay?.Location is { } location ? Redirect(location) : null;
    }

    private RegisterMatterRequest ToRequest(IEnumerable<RegisterForm.PartyInput> parties) => new(
        Input.Channel,
        Input.ReceivedAt is { } local ? TownInstant(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)) : null,
        parties.Select(p => new PartyRequest(p.Role, p.Name?.Trim(), p.Phone?.Trim(), p.IdNumber?.Trim(), p.Address?.Trim(), null, null)).ToList(),
        Input.VillageId,
        Input.Category,
        Input.Summary?.Trim(),
        Input.Description?.Trim(),
        Input.IsMajor,
        Input.IsGroup,
        Input.IsSkipLevelPetition,
        Input.IsEmergency);

    // The use case names fields as the API does (parties[0].phone); the form's rows may include blank ones it skipped.
    private void AddErrors(DomainError error, IReadOnlyList<int> rowIndexes)
    {
        var errors = error switch
        {
            ValidationFailure many => many.Errors,
            ValidationError one => [one],
            _ => [new ValidationError("", error.Message)],
        };
        foreach (var e in errors)
        {
            ModelState.AddModelError(FormKey(e.Field, rowIndexes), e.Message);
        }
    }

    public static string FormKey(string field, IReadOnlyList<int> rowIndexes)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(rowIndexes);
        if (field.Length == 0)
        {
            return "";
        }

        var parts = field.Split('.');
        if (parts[0].StartsWith("parties[", StringComparison.Ordinal) && int.TryParse(parts[0]["parties[".Length..^1], CultureInfo.InvariantCulture, out var sent))
        {
            var row = sent < rowIndexes.Count ? rowIndexes[sent] : sent;
            parts[0] = $"Parties[{row.ToString(CultureInfo.InvariantCulture)}]";
        }

        var key = "Input." + string.Join('.', parts.Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        return key is "Input.Channel" or "Input.ReceivedAt" or "Input.VillageId" or "Input.Category" or "Input.Summary"
            or "Input.Description" or "Input.Parties" || key.StartsWith("Input.Parties[", StringComparison.Ordinal) ? key : "";
    }

    private async Task LoadListsAsync(CancellationToken cancellationToken)
    {
        Villages = await db.Villages.AsNoTracking().Where(v => v.IsActive).OrderBy(v => v.SortOrder).ThenBy(v => v.Id)
            .Select(v => new SelectListItem(v.Name, v.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        Categories = await db.DisputeCategories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new SelectListItem(c.Name, c.Code)).ToListAsync(cancellationToken);
        if (Input.Parties.Count == 0)
        {
            Input.Parties.Add(new() { Role = PartyRole.Complainant });
        }
    }

    private DateTime TownTime(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, clock.Zone);
        return new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
    }

    private DateTimeOffset TownInstant(DateTime local) => new(local, clock.Zone.GetUtcOffset(local));

    private static string DetailsUrl(long id) => $"/Matters/Details/{id.ToString(CultureInfo.InvariantCulture)}";
}
