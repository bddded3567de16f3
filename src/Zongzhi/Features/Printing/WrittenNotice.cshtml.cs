using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zongzhi.Domain.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Printing;

/// <summary>
/// 书面通报 (the center to the party/government office, for a matter handed to a unit outside the center) or 书面告知 (the
/// case leader to the center, for a matter outside the town's authority, with its filing): the transfer's written
/// notice as recorded. Scope as <see cref="TransferNoticeModel"/>.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class WrittenNoticeModel(PrintSupport print) : PageModel
{
    public PrintSupport Print => print;

    public Matter Matter { get; private set; } = null!;

    public Transfer Transfer { get; private set; } = null!;

    public bool OutsideCenter => Transfer.Kind == TransferKind.OutsideCenter;

    public string Title => OutsideCenter ? "书面通报" : "书面告知";

    /// <summary>The notice's own 文号, else one made from the matter (<see cref="DocumentNumber"/>).</summary>
    public string Number => Transfer.Notice.DocumentNumber ?? DocumentNumber.Format(DocumentNumber.WrittenNotice, Transfer.Notice.IssuedOn, Matter.Id);

    /// <summary>Who issued it: the center, or the case leader by name.</summary>
    public string Issuer { get; private set; } = "";

    public string? FiledBy { get; private set; }

    public async Task<IActionResult> OnGetAsync(long matterId, CancellationToken cancellationToken)
    {
        var user = await print.UserAsync(cancellationToken);
        var matter = await print.MatterAsync(user, matterId, cancellationToken);
        if (matter?.Transfer is not { } transfer)
        {
            return NotFound();
        }

        Matter = matter;
        Transfer = transfer;
        var names = await print.UserNamesAsync([transfer.TransferredByUserId, transfer.FiledByUserId], cancellationToken);
        Issuer = OutsideCenter ? print.CenterName : "包案领导 " + names.GetValueOrDefault(transfer.TransferredByUserId, "");
        FiledBy = transfer.FiledByUserId is { } filer ? names.GetValueOrDefault(filer, "") : null;
        await print.RecordAsync("Matter", matter.Id, Title, matter.Id, cancellationToken);
        return Page();
    }
}
