using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Features.Assignments;
using Zongzhi.Features.Calendar;
using Zongzhi.Platform;

namespace Zongzhi.Features.Printing;

/// <summary>
/// 交办单: the sheet as handed to the handling department, for one round (the latest by default; a re-handling round
/// prints its reasons). Scope as the sheet API: department staff only their department's sheets, others the sheets of
/// the matters they may see; anything else is 404.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SheetModel(PrintSupport print, RuleSettingsSource rules) : PageModel
{
    public PrintSupport Print => print;

    public AssignmentSheet Sheet { get; private set; } = null!;

    public Matter Matter { get; private set; } = null!;

    /// <summary>The round printed; null before the department signed (the period then counts from signing).</summary>
    public AssignmentRound? Round { get; private set; }

    /// <summary>The handling period in working days (the round's, or the rules' for the sheet's complexity).</summary>
    public int PeriodDays { get; private set; }

    public string HandlingDepartment { get; private set; } = "";

    public string CoHandlingDepartments { get; private set; } = "";

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public string NameOf(string? userId) => userId is not null && Names.TryGetValue(userId, out var name) ? name : "";

    public async Task<IActionResult> OnGetAsync(long id, int? round, CancellationToken cancellationToken)
    {
        var user = await print.UserAsync(cancellationToken);
        var sheet = await print.Db.AssignmentSheets.AsNoTracking().Where(s => s.Id == id).OfDepartment(user).WithRounds().FirstOrDefaultAsync(cancellationToken);
        var matter = sheet is null ? null : await print.MatterAsync(user, sheet.MatterId, cancellationToken);
        if (sheet is null || matter is null)
        {
            return NotFound();
        }

        Round = round is { } number ? sheet.Rounds.FirstOrDefault(r => r.RoundNumber == number) : sheet.CurrentRound;
        if (round is not null && Round is null)
        {
            return NotFound();
        }

        Sheet = sheet;
        Matter = matter;
        PeriodDays = Round?.Deadline is { Unit: PeriodUnit.WorkingDays } deadline
            ? deadline.Count
            : (await rules.GetAsync(cancellationToken)).HandlingPeriod(sheet.Complexity).Count;
        var departments = await print.DepartmentNamesAsync(sheet.CoHandlingDepartmentIds.Append(sheet.HandlingDepartmentId), cancellationToken);
        HandlingDepartment = departments.GetValueOrDefault(sheet.HandlingDepartmentId, "");
        CoHandlingDepartments = string.Join("、", sheet.CoHandlingDepartmentIds.Select(d => departments.GetValueOrDefault(d, "")));
        Names = await print.UserNamesAsync([sheet.IssuedByUserId, sheet.HandlerUserId], cancellationToken);
        await print.RecordAsync("AssignmentSheet", sheet.Id, "交办单", matter.Id, cancellationToken, new { round = Round?.RoundNumber });
        return Page();
    }
}
