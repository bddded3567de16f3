using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Meetings;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Meetings;

/// <summary>
/// 关于综治例会情况的报告: the report to the town's party and government leaders produced from a meeting record
/// (（二）5: 向镇党政领导汇报) — the month's main figures from the pack, the minutes and the next period's tasks; A4.
/// </summary>
[Authorize(Policy = MeetingPolicies.Reader)]
public sealed class MeetingReportModel(ZongzhiDb db, PeriodStatistics statistics, AuditTrail audit, IConfiguration configuration) : PageModel
{
    public MonthlyMeeting Meeting { get; private set; } = null!;

    public PeriodFigures Figures { get; private set; } = null!;

    public IReadOnlyList<PackTables.Table> Tables { get; private set; } = [];

    public MeetingOwners Owners { get; private set; } = new(new Dictionary<long, string>(), new Dictionary<string, string>());

    public string TownName => configuration["Zongzhi:TownName"] ?? "";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var meeting = await db.MonthlyMeetings.AsNoTracking().Include(m => m.Tasks).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        Meeting = meeting;
        Figures = await statistics.RunAsync(ReportPeriod.Of(meeting.Month), PeriodStatistics.Scope.Town, cancellationToken);
        Tables = [.. PackTables.From(Figures).Where(t => t.Title is "主要指标" or "办理与时限" or "热点")];
        Owners = await MeetingOwners.LoadAsync(db, cancellationToken);
        audit.Record("MonthlyMeeting", meeting.Id, "meetings.report.view", new { month = meeting.Month.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        return Page();
    }
}
