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
public sealed class ReceiptModel(
    ZongzhiDb db, MatterAccess access, CurrentUser current, AuditTrail audit, TownClock clock, IConfiguration configuration,
    SelfService.IssueQueryCode issueCode, Microsoft.Extensions.Options.IOptions<SelfService.SelfServiceOptions> selfService) : PageModel
{
    public sealed record ReceiptView(long Id, string Number, IntakeChannel Channel, DateTime ReceivedAt, DateTime RegisteredAt, string Summary,
        string? Complainant, string Clerk);

    public ReceiptView Receipt { get; private set; } = null!;

    public string TownName => configuration["Zongzhi:TownName"] ?? "";

    /// <summary>Where to ask about progress: <c>Zongzhi:Receipt:Enquiries</c>, else the reception room in person.</summary>
    public string Enquiries => configuration["Zongzhi:Receipt:Enquiries"] is { Length: > 0 } text
        ? text : $"扫描下方二维码，凭事项编号和查询码随时查询办理进展；也可携带本回执到{TownName}综治中心联调接待室查询。";

    public TownClock Clock => clock;

    /// <summary>The query code, shown only in the browser that drew it (kept in the encrypted TempData cookie).</summary>
    public SelfService.IssueQueryCode.Issued? Code { get; private set; }

    /// <summary>When the current code was drawn, if one exists that this page cannot show.</summary>
    public DateTime? CodeIssuedAt { get; private set; }

    public string StatusUrl { get; private set; } = "";

    public string QrSvg { get; private set; } = "";

    public string? CodeError { get; private set; }

    private static string CodeKey(long id) => "QueryCode:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Draws a new code (the old receipt stops working) and shows the receipt with it.</summary>
    public async Task<IActionResult> OnPostNewCodeAsync(long id, CancellationToken cancellationToken)
    {
        var issued = await issueCode.RunAsync(id, cancellationToken);
        if (!issued.IsSuccess)
        {
            return issued.Error is Domain.Shared.NotFoundError ? NotFound() : RedirectToPage(new { id });
        }

        TempData[CodeKey(id)] = issued.Value!.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + issued.Value.Code;
        return RedirectToPage(new { id });
    }

    private async Task LoadCodeAsync(long id, string number, CancellationToken cancellationToken)
    {
        StatusUrl = SelfService.StatusLink.For(Request, selfService.Value, number);
        QrSvg = SelfService.QueryQr.Svg(StatusUrl);
        var current = await db.MatterQueryCodes.Where(c => c.MatterId == id).Select(c => new { c.Generation, c.IssuedAt }).FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            // The first print of the receipt draws the matter's code.
            var issued = await issueCode.RunAsync(id, cancellationToken);
            if (issued.IsSuccess)
            {
                Code = issued.Value;
                TempData[CodeKey(id)] = issued.Value!.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + issued.Value.Code;
            }
            else
            {
                CodeError = issued.Error!.Message;
            }

            return;
        }

        if (TempData.Peek(CodeKey(id)) is string kept && kept.Split('|') is [var generation, var code]
            && generation == current.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            Code = new SelfService.IssueQueryCode.Issued(id, number, code, current.Generation);
            return;
        }

        CodeIssuedAt = current.IssuedAt;
    }

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
        await LoadCodeAsync(row.Id, row.Number, cancellationToken);
        return Page();
    }
}
