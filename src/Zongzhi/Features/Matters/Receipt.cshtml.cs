using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;
using Zongzhi.Platform.Privacy;

namespace Zongzhi.Features.Matters;

/// <summary>回执: the printable A4 receipt handed to the person who brought the matter (complainant's name masked).</summary>
[Authorize(Policy = Policies.Registrar)]
public sealed class ReceiptModel(ZongzhiDb db, MatterAccess access, CurrentUser current, AuditTrail audit, TownClock clock, IConfiguration configuration) : PageModel
{
    public sealed record ReceiptView(long Id, string Number, IntakeChannel Channel, DateTime ReceivedAt, DateTime RegisteredAt, string Summary,
        string? Complainant, string Clerk);

    public ReceiptView Receipt { get; private set; } = null!;

    public string TownName => configuration["Zongzhi:TownName"] ?? "";

    /// <summary>Where to ask about progress: <c>Zongzhi:Receipt:Enquiries</c>, else the reception room in person.</summary>
    public string Enquiries => configuration["Zongzhi:Receipt:Enquiries"] is { Length: > 0 } text
        ? text : $"请携带本回执到{TownName}综治中心联调接待室，凭事项编号查询办理进展。";

    public TownClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var row = await access.Visible(user).Where(m => m.Id == id)
            .Select(m => new
            {
                m.Id, m.Number, m.Channel, m.ReceivedAt, m.RegisteredAt, m.Summary, m.RegisteredByUserId,
                Complainant = m.Parties.Where(p => p.Role == PartyRole.Complainant).OrderBy(p => p.Id).Select(p => p.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return NotFound();
        }

        var clerk = await db.Users.Where(u => u.Id == row.RegisteredByUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "";
        Receipt = new ReceiptView(row.Id, row.Number, row.Channel, row.ReceivedAt, row.RegisteredAt, row.Summary,
            PersonalDataMask.Name(row.Complainant), clerk);
        audit.Record("Matter", row.Id, "matter.receipt");
        await db.SaveChangesAsync(cancellationToken);
        return Page();
    }
}
