using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Calendar;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Supervision;

/// <summary>Reads every supervision record of a matter in the user's scope (outside it: 404).</summary>
public sealed class SupervisionRecords(ZongzhiDb db, MatterAccess access, CurrentUser current, CalendarSource calendars, TownClock clock)
{
    public async Task<IResult> GetAsync(long matterId, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var matter = await access.Visible(user).Where(m => m.Id == matterId)
            .Select(m => new { m.Id, m.Track, Version = EF.Property<int>(m, ZongzhiDb.VersionProperty) }).FirstOrDefaultAsync(cancellationToken);
        if (matter is null)
        {
            return Problems.From(new NotFoundError("未找到该事项"));
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var today = clock.Today();
        var reminders = await db.Reminders.AsNoTracking().Where(r => r.MatterId == matterId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var materials = await db.MaterialsRequests.AsNoTracking().Include(r => r.Deadline).Where(r => r.MatterId == matterId).OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var reports = await db.ReportRequests.AsNoTracking().Include(r => r.Deadline).Where(r => r.MatterId == matterId).OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var meetings = await db.CoordinationMeetings.AsNoTracking().Include(m => m.Tasks).ThenInclude(t => t.Deadline)
            .Where(m => m.MatterId == matterId).OrderBy(m => m.Id).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(new SupervisionRecordsView(matter.Id, matter.Track,
            reminders.Select(SupervisionRecordsView.ReminderView.From).ToList(),
            materials.Select(r => SupervisionRecordsView.MaterialsRequestView.From(r, calendar, today)).ToList(),
            reports.Select(r => SupervisionRecordsView.ReportRequestView.From(r, calendar, today)).ToList(),
            meetings.Select(m => SupervisionRecordsView.MeetingView.From(m, calendar, today)).ToList(),
            matter.Version));
    }
}
