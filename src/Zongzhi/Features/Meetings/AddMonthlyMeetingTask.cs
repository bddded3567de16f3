using Zongzhi.Domain.Shared;

namespace Zongzhi.Features.Meetings;

/// <summary>布置任务: adds a task for the next period to a recorded meeting.</summary>
public sealed class AddMonthlyMeetingTask(MonthlyMeetingWork work)
{
    public async Task<IResult> RunAsync(long id, MeetingTaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var draft = MonthlyMeetingWork.Draft(request);
        long? taskCount = null;
        return await work.OnMeetingAsync(id, null, "meetings.addTask", async (_, meeting) =>
        {
            var added = meeting.AddTask(draft);
            if (!added.IsSuccess)
            {
                return added.Error!;
            }

            if (await work.CheckOwnersAsync([draft], "", cancellationToken) is { } ownerError)
            {
                return ownerError;
            }

            taskCount = meeting.Tasks.Count;
            return Result.Success;
        }, m => new { tasks = taskCount, ownerDepartmentId = draft.OwnerDepartmentId, ownerUserId = draft.OwnerUserId, dueOn = draft.DueOn }, cancellationToken);
    }
}
