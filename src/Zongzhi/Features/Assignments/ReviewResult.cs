using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Notifications;

namespace Zongzhi.Features.Assignments;

/// <summary>
/// 审核办理结果: the matter's supervising body accepts the result, or orders re-handling (重新办理) with reasons and an
/// optional new last day — a new round of the same sheet. The handler and the department heads are told.
/// </summary>
public sealed class ReviewResult(SheetWork work)
{
    public Task<IResult> RunAsync(long sheetId, ReviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checks = new FieldChecks().Present("outcome", request.Outcome, "请选择审核结论（通过或重新办理）");
        if (request.Outcome == ReviewOutcome.RehandlingOrdered)
        {
            checks.Text("reasons", request.Reasons, "重新办理的理由", TextLimits.Reason);
        }
        else
        {
            checks.OptionalText("comment", request.Comment, "审核意见", TextLimits.Reason);
        }

        if (checks.Problem() is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        return work.RunAsync(sheetId, request.Version, "assignment.review", async step =>
        {
            var (c, sheet) = (step.Context, step.Sheet);
            if (c.User.SupervisingBody is not { } body)
            {
                return new ForbiddenError("只有督办部门可以审核办理结果");
            }

            var reviewed = request.Outcome == ReviewOutcome.Accepted
                ? sheet.AcceptResult(c.Matter, body, c.User.Id, request.Comment, c.Now)
                : sheet.OrderRehandling(c.Matter, body, c.User.Id, request.Reasons!, request.NewDueOn, c.Now, c.Today, step.Calendar, await c.RulesAsync());
            if (!reviewed.IsSuccess)
            {
                return reviewed;
            }

            var round = sheet.CurrentRound!;
            c.AuditDetails = new { sheetId, sheet.Number, outcome = request.Outcome.ToString(), round = round.RoundNumber, dueOn = round.Deadline.DueOn };
            var (title, text) = request.Outcome == ReviewOutcome.Accepted
                ? ($"交办单 {sheet.Number} 办理结果已审核通过", $"事项 {c.Matter.Number} 的办理结果已通过审核。")
                : ($"交办单 {sheet.Number} 须重新办理", $"事项 {c.Matter.Number} 须重新办理（第 {round.RoundNumber} 轮），期限至 {round.Deadline.DueOn:yyyy-MM-dd}。理由：{request.Reasons}");
            await c.NotifyAsync(await SheetWork.HandlerAndHeadsAsync(c, sheet),
                SheetWork.Message(NotificationKind.DecisionMade, sheet, title, text, $"round:{round.RoundNumber}:{request.Outcome}"));
            return Result.Success;
        }, cancellationToken: cancellationToken);
    }
}
