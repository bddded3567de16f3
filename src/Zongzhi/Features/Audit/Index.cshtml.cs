using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zongzhi.Platform;

namespace Zongzhi.Features.Audit;

/// <summary>审计记录检索: read-only search of the trail for auditors.</summary>
[Authorize(Policy = Policies.Auditor)]
public sealed class IndexModel(SearchAuditTrail search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionName { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Cursor { get; set; }

    public AuditPage Result { get; private set; } = new([], null);

    public string Query(long? cursor = null) => QueryString.Create(new Dictionary<string, string?>
    {
        ["userId"] = UserId,
        ["entityType"] = EntityType,
        ["entityId"] = EntityId,
        ["action"] = ActionName,
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["cursor"] = cursor?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A name, phone or ID number typed into an identifier box is refused and dropped, so that neither the box nor the
        // export and next-page links carry it on (issue 7).
        foreach (var field in new AuditQuery { UserId = UserId, EntityType = EntityType, EntityId = EntityId, Action = ActionName }.AddressErrors().Keys)
        {
            ModelState.AddModelError(field, Platform.Privacy.AddressValues.IdentifierMessage);
            switch (field)
            {
                case "userId": UserId = null; break;
                case "entityType": EntityType = null; break;
                case "entityId": EntityId = null; break;
                default: ActionName = null; break;
            }
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        Result = await search.RunAsync(new AuditQuery { UserId = UserId, EntityType = EntityType, EntityId = EntityId, Action = ActionName, From = From, To = To, Cursor = Cursor }, cancellationToken);
    }
}
