using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zongzhi.Domain.Matters;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Printing;

/// <summary>
/// 移交告知书 (<c>/Print/TransferNotice/{matterId}</c>) tells the party where a transferred matter went, and
/// 书面通报 / 书面告知 (<c>/Print/WrittenNotice/{matterId}</c>) is the written notice that went with the transfer: the
/// center's to the party/government office, or the case leader's to the center. Both need a transferred matter in the
/// user's scope (<see cref="MatterAccess"/>); otherwise 404.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TransferNoticeModel(PrintSupport print) : PageModel
{
    public PrintSupport Print => print;

    public Matter Matter { get; private set; } = null!;

    public Transfer Transfer { get; private set; } = null!;

    public MatterView.PartyView? Complainant { get; private set; }

    public string Number => DocumentNumber.Format(DocumentNumber.TransferNotice, Transfer.TransferredOn, Matter.Id);

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
        Complainant = PrintSupport.Complainant(matter);
        await print.RecordAsync("Matter", matter.Id, "移交告知书", matter.Id, cancellationToken);
        return Page();
    }
}
