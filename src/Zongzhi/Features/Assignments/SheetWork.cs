using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Matters;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform;

namespace Zongzhi.Features.Assignments;

/// <summary>
/// Runs one action on an assignment sheet through <see cref="MatterWork"/> (the sheet's matter in scope, audit,
/// notifications, version, one SaveChanges), loading the sheet with its rounds inside the unit of work. A sheet the
/// user may not see answers 404. The default answer is the sheet as it now stands, with the matter's new version.
/// </summary>
public sealed class SheetWork(ZongzhiDb db, MatterWork work)
{
    public sealed record Step(MatterWork.Context Context, AssignmentSheet Sheet, WorkCalendar Calendar);

    public async Task<IResult> RunAsync(
        long sheetId, int? version, string auditAction, Func<Step, Task<Result>> action,
        Func<Step, IResult>? respond = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        var matterId = await db.AssignmentSheets.Where(s => s.Id == sheetId).Select(s => (long?)s.MatterId).FirstOrDefaultAsync(cancellationToken);
        if (matterId is null)
        {
            return NotFound();
        }

        Step? step = null;
        return await ConcurrentWrites.GuardAsync(() => work.RunAsync(matterId.Value, version, auditAction, async c =>
        {
            var sheet = await c.Db.AssignmentSheets.Where(s => s.Id == sheetId).WithRounds().SingleAsync(c.CancellationToken);
            if (!c.User.MaySee(sheet))
            {
                return new NotFoundError("未找到该交办单");
            }

            step = new Step(c, sheet, await c.CalendarAsync());
            c.AuditDetails = new { sheetId, sheet.Number };
            return await action(step);
        }, c => respond?.Invoke(step!) ?? TypedResults.Ok(View(step!)), cancellationToken));
    }

    public static AssignmentSheetView View(Step step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var c = step.Context;
        return AssignmentSheetView.From(step.Sheet, c.Matter, c.Db.VersionOf(c.Matter), step.Calendar, c.Today);
    }

    public static IResult NotFound() => Problems.From(new NotFoundError("未找到该交办单"));

    /// <summary>The handler (经办人) and the heads of the handling department: who hears of decisions on the sheet.</summary>
    public static async Task<List<string>> HandlerAndHeadsAsync(MatterWork.Context context, AssignmentSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sheet);
        var recipients = await context.Notifier.UsersInRoleAsync(Roles.DepartmentHead, sheet.HandlingDepartmentId, context.CancellationToken);
        if (sheet.HandlerUserId is { } handler)
        {
            recipients.Add(handler);
        }

        return recipients;
    }

    /// <summary>A notification about <paramref name="sheet"/>, linked to its page, sent once per <paramref name="key"/>.</summary>
    public static Notifier.Message Message(NotificationKind kind, AssignmentSheet sheet, string title, string body, string key)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new Notifier.Message(kind, title, body, $"/Assignments/{sheet.Id}", sheet.MatterId, $"sheet:{sheet.Id}:{key}");
    }
}
