using Zongzhi.Domain.Shared;
using Zongzhi.Features.ExtensionRequests;
using Zongzhi.Features.Notifications;

namespace Zongzhi.Features.Assignments;

/// <summary>延期申请: before the round's last day the handling department explains why and proposes a date.</summary>
public sealed class RequestExtension(SheetWork work)
{
    public Task<IResult> RunAsync(long sheetId, ExtensionApplication request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checks = new FieldChecks()
            .Text("reason", request.Reason, "延期理由", TextLimits.Reason)
            .Present("proposedDueOn", request.ProposedDueOn, "请填写申请延期至的日期");
        if (checks.Problem() is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        Domain.ExtensionRequests.ExtensionRequest? created = null;
        return work.RunAsync(sheetId, request.Version, "assignment.requestExtension", async step =>
        {
            var (c, sheet) = (step.Context, step.Sheet);
            if (c.User.DepartmentId is not { } department)
            {
                return new ForbiddenError("只有承办部门的人员可以申请延期");
            }

            var requested = sheet.RequestExtension(c.Matter, c.User.Id, department, request.Reason!, request.ProposedDueOn!.Value, c.Now, c.Today);
            if (requested.Value is not { } extension)
            {
                return requested.Error!;
            }

            created = extension;
            var round = sheet.CurrentRound!;
            c.AuditDetails = new { sheetId, sheet.Number, round = round.RoundNumber, proposedDueOn = extension.ProposedDueOn };
            await c.NotifyAsync(await c.Notifier.SupervisorsAsync(c.Matter.Track, c.CancellationToken), SheetWork.Message(
                NotificationKind.DecisionNeeded, sheet, $"交办单 {sheet.Number} 申请延期",
                $"事项 {c.Matter.Number} 申请将期限由 {round.Deadline.DueOn:yyyy-MM-dd} 延至 {extension.ProposedDueOn:yyyy-MM-dd}，请审批。",
                $"round:{round.RoundNumber}:extension:{round.ExtensionRequests.Count}"));
            return Result.Success;
        }, _ => TypedResults.Created($"/api/extension-requests/{created!.Id}", ExtensionRequestView.From(created)), cancellationToken);
    }
}
