using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.SelfService;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Assignments;
using Zongzhi.Features.Matters;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform;

namespace Zongzhi.Features.SelfService;

/// <summary>
/// 不满意评价复核: the supervising body upholds the handling with a note, or orders re-handling — the closed matter is
/// reopened and its assignment sheet gets a new round with the note as the reasons and a new deadline — in one unit of work.
/// </summary>
public sealed class ConcludeSatisfactionReview(ZongzhiDb db, MatterWork matters, SheetWork sheets)
{
    // Version: the review's version as the client saw it; when given, a review changed meanwhile is 已被他人修改 (409).
    public sealed record Request(SatisfactionReviewOutcome? Outcome, string? Note, DateOnly? NewDueOn, int? Version = null);

    public async Task<IResult> RunAsync(long reviewId, Request request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await db.SatisfactionReviews.Where(r => r.Id == reviewId)
            .Select(r => new { r.MatterId, Version = EF.Property<int>(r, ZongzhiDb.VersionProperty) }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return Problems.From(new NotFoundError("未找到该评价复核"));
        }

        // Checked before the review's own rules: a review a colleague concluded meanwhile is 已被他人修改, not a refusal.
        if (request.Version is { } expected && expected != found.Version)
        {
            return Problems.Stale();
        }

        long? matterId = found.MatterId;

        var checks = new FieldChecks().Present("outcome", request.Outcome, "请选择复核结论（维持办结或重新办理）").Text("note", request.Note, "复核意见", TextLimits.Reason);
        if (checks.Problem() is { } invalid)
        {
            return invalid;
        }

        if (request.Outcome == SatisfactionReviewOutcome.Upheld)
        {
            return await matters.RunAsync(matterId.Value, null, "selfservice.review", c => ConcludeAsync(c, reviewId, request), cancellationToken: cancellationToken);
        }

        var sheetId = await db.AssignmentSheets.Where(s => s.MatterId == matterId).OrderByDescending(s => s.Id).Select(s => (long?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (sheetId is null)
        {
            return Problems.From(new ConflictError("该事项没有交办单，不能责令重新办理；请维持办结并说明处理意见"));
        }

        return await sheets.RunAsync(sheetId.Value, null, "selfservice.review", async step =>
        {
            var (c, sheet) = (step.Context, step.Sheet);
            if (c.User.SupervisingBody is not { } body)
            {
                return new ForbiddenError("只有督办部门可以复核评价");
            }

            var reopened = c.Matter.ReopenForRehandling(body, c.User.Id, request.Note!, c.Now);
            if (!reopened.IsSuccess)
            {
                return reopened;
            }

            var ordered = sheet.OrderRehandling(c.Matter, body, c.User.Id, request.Note!, request.NewDueOn, c.Now, c.Today, step.Calendar, await c.RulesAsync());
            if (!ordered.IsSuccess)
            {
                return ordered;
            }

            var concluded = await ConcludeAsync(c, reviewId, request);
            if (!concluded.IsSuccess)
            {
                return concluded;
            }

            var round = sheet.CurrentRound!;
            c.AuditDetails = new { reviewId, outcome = request.Outcome.ToString(), sheetId = sheet.Id, round = round.RoundNumber, dueOn = round.Deadline.DueOn };
            await c.NotifyAsync(await SheetWork.HandlerAndHeadsAsync(c, sheet), SheetWork.Message(
                NotificationKind.DecisionMade, sheet, $"交办单 {sheet.Number} 须重新办理（当事人不满意）",
                $"当事人对事项 {c.Matter.Number} 的办理评价为不满意，经复核须重新办理（第 {round.RoundNumber} 轮），期限至 {round.Deadline.DueOn:yyyy-MM-dd}。意见：{request.Note}",
                $"review:{reviewId}"));
            return Result.Success;
        }, cancellationToken: cancellationToken);
    }

    private static async Task<Result> ConcludeAsync(MatterWork.Context c, long reviewId, Request request)
    {
        if (c.User.SupervisingBody is not { } body)
        {
            return new ForbiddenError("只有督办部门可以复核评价");
        }

        var review = await c.Db.SatisfactionReviews.SingleAsync(r => r.Id == reviewId, c.CancellationToken);
        if (request.Version is { } expected)
        {
            c.Db.Entry(review).Property<int>(ZongzhiDb.VersionProperty).OriginalValue = expected;
        }

        c.AuditDetails ??= new { reviewId, outcome = request.Outcome.ToString() };
        return review.Conclude(body, request.Outcome!.Value, request.Note!, c.User.Id, c.Now);
    }
}
