using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Assignments;
using Zongzhi.Features.Notifications;

namespace Zongzhi.Features.Supervision;

/// <summary>催办: the supervising body chases the handling department of the matter's unsigned or unfinished sheet.</summary>
public sealed class SendReminder(SupervisionWork work)
{
    public Task<IResult> RunAsync(long matterId, ReminderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (new FieldChecks().Text("message", request.Message, "催办内容", TextLimits.Reason).Problem() is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        Reminder? sent = null;
        return work.PowerAsync(matterId, request.Version, "supervision.remind", async (c, body) =>
        {
            var sheet = await c.Db.AssignmentSheets.FirstOrDefaultAsync(s => s.MatterId == c.Matter.Id, c.CancellationToken);
            if (sheet is null)
            {
                return new ConflictError("该事项尚未交办，没有可催办的交办单");
            }

            var reminder = Reminder.Send(c.Matter, sheet, body, c.User.Id, request.Message!, c.Now);
            if (reminder.Value is not { } created)
            {
                return reminder.Error!;
            }

            sent = created;
            c.Db.Reminders.Add(created);
            c.AuditDetails = new { sheetId = sheet.Id, departmentId = sheet.HandlingDepartmentId, sentBy = body.ToString() };
            await c.NotifyAsync(await c.Notifier.DepartmentStaffAsync(sheet.HandlingDepartmentId, c.CancellationToken), SupervisionWork.Message(
                NotificationKind.Reminder, c, $"催办：交办单 {sheet.Number}", request.Message!,
                "reminder:" + c.Now.Ticks.ToString(CultureInfo.InvariantCulture)));
            return Result.Success;
        }, _ => TypedResults.Created($"/api/matters/{matterId}/supervision", SupervisionRecordsView.ReminderView.From(sent!)), cancellationToken);
    }
}
