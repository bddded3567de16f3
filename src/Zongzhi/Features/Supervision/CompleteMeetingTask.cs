using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Assignments;
using Zongzhi.Features.Notifications;

namespace Zongzhi.Features.Supervision;

/// <summary>完成议定事项: the owner department completes a task decided by a coordination meeting; the convener is told.</summary>
public sealed class CompleteMeetingTask(ZongzhiDb db, SupervisionWork work)
{
    public async Task<IResult> RunAsync(long taskId, CompleteTaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (new FieldChecks().Text("note", request.Note, "完成情况", TextLimits.Reason).Problem() is { } invalid)
        {
            return invalid;
        }

        SupervisionRecordsView.TaskView? view = null;
        return await work.OnRecordAsync(db.CoordinationMeetings.Where(m => m.Tasks.Any(t => t.Id == taskId)).Select(m => m.MatterId),
            "未找到该议定事项", request.Version, "supervision.completeTask", async c =>
            {
                var meeting = await c.Db.CoordinationMeetings.Include(m => m.Tasks).ThenInclude(t => t.Deadline)
                    .SingleAsync(m => m.Tasks.Any(t => t.Id == taskId), c.CancellationToken);
                var task = meeting.Tasks.Single(t => t.Id == taskId);
                if (c.User.DepartmentId is not { } department)
                {
                    return new ForbiddenError("只有负责该议定事项的部门可以办结");
                }

                var result = meeting.CompleteTask(c.Matter, task, c.User.Id, department, request.Note!, c.Now, c.Today);
                if (!result.IsSuccess)
                {
                    return result;
                }

                view = SupervisionRecordsView.TaskView.From(task, await c.CalendarAsync(), c.Today);
                c.AuditDetails = new { meetingId = meeting.Id, taskId, onTime = task.Deadline.WasMetOnTime };
                await c.NotifyAsync([meeting.ConvenedByUserId], SupervisionWork.Message(NotificationKind.Information, c,
                    $"议定事项已完成：{task.Description}", request.Note!, $"task:{taskId}:completed"));
                return Result.Success;
            }, _ => TypedResults.Ok(view!), cancellationToken);
    }
}
