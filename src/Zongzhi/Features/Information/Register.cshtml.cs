using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Attachments;
using Zongzhi.Platform;

namespace Zongzhi.Features.Information;

/// <summary>
/// 登记信息: one form for the five sources, with an optional attachment saved in the same transaction. A one-time form
/// token is the idempotency key (a double submission registers one item). An emergency is reported at once by the use case.
/// </summary>
[Authorize(Policy = InformationPolicies.Reporter)]
public sealed class RegisterModel(ZongzhiDb db, RegisterInformation register, InformationAttachments attachments, IdempotentRequests idempotency,
    CurrentUser current, TownClock clock) : PageModel
{
    public const string Operation = "information.register.page";

    private static readonly string[] Fields =
        ["Source", "IsSkipLevelPetition", "VillageId", "Category", "OccurredAt", "Place", "Summary", "Description", "PeopleInvolved", "Severity"];

    [BindProperty]
    public InformationForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Villages { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];

    public IReadOnlyList<InformationSource> Sources { get; private set; } = [];

    public async Task OnGetAsync(InformationSource? source, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        Input = new InformationForm
        {
            FormToken = Guid.NewGuid().ToString("N"),
            OccurredAt = InformationLabels.Local(clock, clock.UtcNow()),
            VillageId = user.IsIn(Roles.VillageReporter) ? user.VillageId : null,
            Severity = InformationSeverity.Ordinary,
        };
        await LoadListsAsync(user, cancellationToken);
        Input.Source = source is { } s && Sources.Contains(s) ? s : Sources.Count == 1 ? Sources[0] : null;
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

        FileKinds.Kind? kind = null;
        if (Input.Attachment is { Length: > 0 } file)
        {
            var checkedFile = await AttachmentUpload.CheckAsync(file, Input.AttachmentDescription, attachments.Store, cancellationToken);
            kind = checkedFile.Kind;
            if (kind is null)
            {
                ModelState.AddModelError(checkedFile.Field == "description" ? "Input.AttachmentDescription" : "Input.Attachment", checkedFile.Error!);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadListsAsync(user, cancellationToken);
            return Page();
        }

        var request = new RegisterInformationRequest(Input.Source, Input.IsSkipLevelPetition, Input.VillageId, Input.Category,
            InformationLabels.Instant(clock, Input.OccurredAt), Input.Place?.Trim(), Input.Summary?.Trim(), Input.Description?.Trim(),
            Input.PeopleInvolved, Input.Severity);
        Attachment? stored = null;
        Result<InformationItem> result;
        try
        {
            result = await register.RunAsync(user, request, async item =>
            {
                if (kind is not null)
                {
                    stored = await attachments.AddAsync(item.Id, Input.Attachment!, kind, Input.AttachmentDescription, user.Id, cancellationToken);
                }

                idempotency.Remember(user.Id, Operation, Input.FormToken, Operation, StatusCodes.Status303SeeOther,
                    item.Id.ToString(CultureInfo.InvariantCulture), DetailsUrl(item.Id));
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form posted twice at once: the first one committed, show its item.
            Discard(stored);
            db.ChangeTracker.Clear();
            return await ReplayAsync(user.Id, cancellationToken) ?? throw new InvalidOperationException("Idempotent replay missing.");
        }

        if (result.IsSuccess)
        {
            TempData["Message"] = result.Value!.IsEmergency
                ? $"登记成功，已立即报告 {result.Value.Acknowledgements.Count} 位领导和上级有关部门"
                : "登记成功";
            return Redirect(DetailsUrl(result.Value!.Id));
        }

        Discard(stored);
        AddErrors(result.Error!);
        await LoadListsAsync(user, cancellationToken);
        return Page();
    }

    private void Discard(Attachment? stored)
    {
        if (stored is not null)
        {
            attachments.Store.Discard(stored.StoredName);
        }
    }

    private async Task<IActionResult?> ReplayAsync(string userId, CancellationToken cancellationToken)
    {
        var (replay, _) = await idempotency.FindAsync(userId, Operation, Input.FormToken, Operation, cancellationToken);
        return replay?.Location is { } location ? Redirect(location) : null;
    }

    private void AddErrors(DomainError error)
    {
        var errors = error switch
        {
            ValidationFailure many => many.Errors,
            ValidationError one => [one],
            ForbiddenError => [new ValidationError("source", error.Message)],
            _ => [new ValidationError("", error.Message)],
        };
        foreach (var e in errors)
        {
            ModelState.AddModelError(FormKey(e.Field), e.Message);
        }
    }

    /// <summary>The form key of a use case's field name (occurredAt → Input.OccurredAt); unknown fields go to the summary.</summary>
    public static string FormKey(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Length == 0)
        {
            return "";
        }

        var name = char.ToUpperInvariant(field[0]) + field[1..];
        return Fields.Contains(name) ? "Input." + name : "";
    }

    private async Task LoadListsAsync(CurrentUser.Snapshot user, CancellationToken cancellationToken)
    {
        Sources = SourcesFor(user);
        Villages = await db.Villages.AsNoTracking().Where(v => v.IsActive).OrderBy(v => v.SortOrder).ThenBy(v => v.Id)
            .Select(v => new SelectListItem(v.Name, v.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        Categories = await db.DisputeCategories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new SelectListItem(c.Name, c.Code)).ToListAsync(cancellationToken);
    }

    /// <summary>The sources a role registers (the use case checks again): the center all five; a village reporter their village's and emergencies; an informant public-security information and emergencies.</summary>
    public static IReadOnlyList<InformationSource> SourcesFor(CurrentUser.Snapshot user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsIn(Roles.CenterDirector, Roles.ReceptionClerk))
        {
            return Enum.GetValues<InformationSource>();
        }

        var sources = new List<InformationSource>();
        if (user.IsIn(Roles.VillageReporter))
        {
            sources.Add(InformationSource.Village);
        }

        if (user.IsIn(Roles.Informant))
        {
            sources.Add(InformationSource.Informant);
        }

        sources.Add(InformationSource.MajorIncident);
        return sources;
    }

    private static string DetailsUrl(long id) => $"/Information/Details/{id.ToString(CultureInfo.InvariantCulture)}";
}
