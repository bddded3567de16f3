using Zongzhi.Domain.Shared;
using Zongzhi.Features.Notifications;

namespace Zongzhi.Features.Assignments;

/// <summary>办理结果: the handling department submits the round's result; the supervising body is asked to review it.</summary>
public sealed class SubmitResult(SheetWork work)
{
    public Task<IResult> RunAsync(long sheetId, ResultRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checks = new FieldChecks()
            .Text("whatWasDone", request.WhatWasDone, "办理情况", TextLimits.LongText)
            .Text("replyToParty", request.ReplyToParty, "答复当事人的内容", TextLimits.LongText);
        if (checks.Problem() is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        return work.RunAsync(sheetId, request.Version, "assignment.result", async step =>
        {
            var (c, sheet) = (step.Context, step.Sheet);
            if (c.User.DepartmentId is not { } department)
            {
                return new ForbiddenError("只有承办部门的人员可以提交办理结果");
            }

            var submitted = sheet.SubmitResult(c.Matter, c.User.Id, department, request.WhatWasDone!, request.ReplyToParty!,
                request.PartySatisfaction, c.Now, c.Today);
            if (submitted.IsSuccess)
            {
                var round = sheet.CurrentRound!;
                c.AuditDetails = new { sheetId, sheet.Number, round = round.RoundNumber, onTime = round.WasOnTime };
                await c.NotifyAsync(await c.Notifier.SupervisorsAsync(c.Matter.Track, c.CancellationToken), SheetWork.Message(
                    NotificationKind.DecisionNeeded, sheet, $"交办单 {sheet.Number} 办理结果待审核",
                    $"事项 {c.Matter.Number} 第 {round.RoundNumber} 轮办理结果已提交，请审核。", $"round:{round.RoundNumber}:result"));
            }

            return submitted;
        }, cancellationToken: cancellationToken);
    }
}
