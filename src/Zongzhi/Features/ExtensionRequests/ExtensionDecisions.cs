using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Assignments;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform;

namespace Zongzhi.Features.ExtensionRequests;

/// <summary>
/// Runs a decision on a sheet's extension request through <see cref="SheetWork"/>: only the matter's supervising body
/// decides (督查督办制度（三）), only while this request is the round's pending one. The requester, the handler and the
/// department heads are told; the original deadline is kept for on-time rates.
/// </summary>
public sealed class ExtensionDecisions(ZongzhiDb db, SheetWork work)
{
    public sealed record Decision(SheetWork.Step Step, ExtensionRequest Request);

    public async Task<IResult> RunAsync(long requestId, int? version, string auditAction, Func<Decision, SupervisionTrack, Result> decide,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        var sheetId = await db.AssignmentSheets.Where(s => s.Rounds.Any(r => r.ExtensionRequests.Any(e => e.Id == requestId)))
            .Select(s => (long?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (sheetId is null)
        {
            return Problems.From(new NotFoundError("未找到该延期申请"));
        }

        ExtensionRequest? decided = null;
        return await work.RunAsync(sheetId.Value, version, auditAction, async step =>
        {
            var (c, sheet) = (step.Context, step.Sheet);
            var request = sheet.Rounds.SelectMany(r => r.ExtensionRequests).Single(e => e.Id == requestId);
            if (c.User.SupervisingBody is not { } body)
            {
                return new ForbiddenError("只有督办部门可以审批延期申请");
            }

            if (request.Status != ExtensionRequestStatus.Pending || sheet.CurrentRound?.PendingExtension != request)
            {
                return new ConflictError("该延期申请已处理，不能再审批");
            }

            var result = decide(new Decision(step, request), body);
            if (!result.IsSuccess)
            {
                return result;
            }

            decided = request;
            var round = sheet.CurrentRound!;
            c.AuditDetails = new { sheetId, sheet.Number, extensionRequestId = requestId, status = request.Status.ToString(), dueOn = round.Deadline.DueOn, originalDueOn = round.Deadline.OriginalDueOn };
            var recipients = await SheetWork.HandlerAndHeadsAsync(c, sheet);
            recipients.Add(request.RequestedByUserId);
            var (title, text) = request.Status == ExtensionRequestStatus.Approved
                ? ($"交办单 {sheet.Number} 延期已批准", $"期限延至 {round.Deadline.DueOn:yyyy-MM-dd}（原定期限 {round.Deadline.OriginalDueOn:yyyy-MM-dd}）。{request.DecisionComment}")
                : ($"交办单 {sheet.Number} 延期未获批准", $"期限仍为 {round.Deadline.DueOn:yyyy-MM-dd}。理由：{request.DecisionComment}");
            await c.NotifyAsync(recipients, SheetWork.Message(NotificationKind.DecisionMade, sheet, title, text, $"extension:{requestId}:decided"));
            return Result.Success;
        }, _ => TypedResults.Ok(ExtensionRequestView.From(decided!)), cancellationToken);
    }
}
