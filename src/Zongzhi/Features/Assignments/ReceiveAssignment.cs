using Zongzhi.Domain.Shared;
using Zongzhi.Features.Notifications;

namespace Zongzhi.Features.Assignments;

/// <summary>签收: a user of the handling department signs for the sheet; the day starts the round's deadline.</summary>
public sealed class ReceiveAssignment(SheetWork work)
{
    public Task<IResult> RunAsync(long sheetId, SheetVersionRequest request, CancellationToken cancellationToken) =>
        work.RunAsync(sheetId, request?.Version, "assignment.receive", async step =>
        {
            var (c, sheet) = (step.Context, step.Sheet);
            if (c.User.DepartmentId is not { } department)
            {
                return new ForbiddenError("只有承办部门的人员可以签收交办单");
            }

            var received = sheet.Receive(c.Matter, c.User.Id, department, c.Now, c.Today, step.Calendar, await c.RulesAsync());
            if (received.IsSuccess)
            {
                var due = sheet.CurrentRound!.Deadline;
                c.AuditDetails = new { sheetId, sheet.Number, dueOn = due.DueOn, due.IsProvisional, due.CalendarVersion };
                await c.NotifyAsync(await c.Notifier.SupervisorsAsync(c.Matter.Track, c.CancellationToken), SheetWork.Message(
                    NotificationKind.Information, sheet, $"交办单 {sheet.Number} 已签收", $"事项 {c.Matter.Number} 已签收，办理期限至 {due.DueOn:yyyy-MM-dd}。", "received"));
            }

            return received;
        }, cancellationToken: cancellationToken);
}
