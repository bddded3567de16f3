using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.Matters;
using Zongzhi.Features.Assignments;
using Zongzhi.Platform;

namespace Zongzhi.Features.Printing;

/// <summary>
/// 延期申请审批表: an extension request with its decision, for a sheet's round (decided by the supervising body) or a
/// leader case (decided by the top leader). Scope: a sheet's request as the sheet (department staff only their
/// department's); a leader case's request as its matter, never to department staff; anything else is 404.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ExtensionModel(PrintSupport print) : PageModel
{
    public PrintSupport Print => print;

    public ExtensionRequest Application { get; private set; } = null!;

    public Matter Matter { get; private set; } = null!;

    /// <summary>交办单 JB-… 第 n 轮, or 领导包案.</summary>
    public string Subject { get; private set; } = "";

    /// <summary>承办部门 (sheet) or 包案领导 (leader case).</summary>
    public string ApplicantUnit { get; private set; } = "";

    public string ApplicantUnitLabel { get; private set; } = "";

    /// <summary>Who decides: the supervising body, or 党政一把手 for a leader case.</summary>
    public string Decider { get; private set; } = "";

    public string Number => DocumentNumber.Format(DocumentNumber.Extension, Application.RequestedOn, Application.Id);

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public string NameOf(string? userId) => userId is not null && Names.TryGetValue(userId, out var name) ? name : "";

    public static string Label(ExtensionRequestStatus status) => status switch
    {
        ExtensionRequestStatus.Pending => "待审批",
        ExtensionRequestStatus.Approved => "同意延期",
        ExtensionRequestStatus.Rejected => "不同意延期",
        ExtensionRequestStatus.Withdrawn => "已撤回（已按期报送办理结果）",
    };

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var user = await print.UserAsync(cancellationToken);
        var sheet = await print.Db.AssignmentSheets.AsNoTracking().OfDepartment(user)
            .Where(s => s.Rounds.Any(r => r.ExtensionRequests.Any(e => e.Id == id))).WithRounds().FirstOrDefaultAsync(cancellationToken);
        var leaderCase = sheet is not null || user.IsDepartmentStaff ? null
            : await print.Db.LeaderCases.AsNoTracking().Include(c => c.ExtensionRequests)
                .FirstOrDefaultAsync(c => c.ExtensionRequests.Any(e => e.Id == id), cancellationToken);
        var matterId = sheet?.MatterId ?? leaderCase?.MatterId;
        var matter = matterId is { } mid ? await print.MatterAsync(user, mid, cancellationToken) : null;
        if (matter is null)
        {
            return NotFound();
        }

        Matter = matter;
        if (sheet is not null)
        {
            var round = sheet.Rounds.First(r => r.ExtensionRequests.Any(e => e.Id == id));
            Application = round.ExtensionRequests.First(e => e.Id == id);
            Subject = $"交办单 {sheet.Number}（第 {round.RoundNumber} 轮）";
            ApplicantUnitLabel = "承办部门";
            ApplicantUnit = (await print.DepartmentNamesAsync([sheet.HandlingDepartmentId], cancellationToken)).GetValueOrDefault(sheet.HandlingDepartmentId, "");
            Decider = print.BodyName(matter.Track);
        }
        else
        {
            Application = leaderCase!.ExtensionRequests.First(e => e.Id == id);
            Subject = "领导包案（一个月内办结）";
            ApplicantUnitLabel = "包案领导";
            Decider = "党政一把手";
        }

        Names = await print.UserNamesAsync([Application.RequestedByUserId, Application.DecidedByUserId, leaderCase?.CaseLeaderUserId], cancellationToken);
        if (leaderCase is not null)
        {
            ApplicantUnit = NameOf(leaderCase.CaseLeaderUserId);
        }

        await print.RecordAsync("ExtensionRequest", Application.Id, "延期申请审批表", matter.Id, cancellationToken);
        return Page();
    }
}
