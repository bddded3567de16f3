using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Printing;

/// <summary>
/// 归档目录 (卷内目录): an archived matter's archive number and the list of materials filed. Only for an archived matter
/// in the user's scope; otherwise 404.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ArchiveModel(PrintSupport print) : PageModel
{
    public PrintSupport Print => print;

    public Matter Matter { get; private set; } = null!;

    public ArchiveRecord Archive { get; private set; } = null!;

    public string Archivist { get; private set; } = "";

    public string? Village { get; private set; }

    public async Task<IActionResult> OnGetAsync(long matterId, CancellationToken cancellationToken)
    {
        var user = await print.UserAsync(cancellationToken);
        var matter = await print.MatterAsync(user, matterId, cancellationToken);
        if (matter?.ArchiveRecord is not { } archive)
        {
            return NotFound();
        }

        Matter = matter;
        Archive = archive;
        Archivist = (await print.UserNamesAsync([archive.ArchivedByUserId], cancellationToken)).GetValueOrDefault(archive.ArchivedByUserId, "");
        Village = matter.VillageId is { } villageId
            ? await print.Db.Villages.Where(v => v.Id == villageId).Select(v => v.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        await print.RecordAsync("Matter", matter.Id, "归档目录", matter.Id, cancellationToken);
        return Page();
    }
}
