using Zongzhi.Data;
using Zongzhi.Domain.Meetings;
using Zongzhi.Features.Matters;

namespace Zongzhi.Features.Meetings;

/// <summary>A monthly meeting record as the API and pages show it; owners by name, each task with its own version.</summary>
public sealed record MonthlyMeetingView(long Id, string Month, DateOnly HeldOn, IReadOnlyList<string> Attendees, string Minutes,
    string RecordedByUserId, DateTime RecordedAt, DateTime? RevisedAt, int Version, IReadOnlyList<MonthlyMeetingView.TaskView> Tasks)
{
    public sealed record TaskView(long Id, long MeetingId, string Description, long? OwnerDepartmentId, string? OwnerUserId, string Owner, DateOnly DueOn,
        bool IsDone, DateTime? CompletedAt, DateOnly? CompletedOn, string? CompletionNote, bool? WasOnTime, int Version);

    public static MonthlyMeetingView From(MonthlyMeeting meeting, ZongzhiDb db, MeetingOwners owners)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(owners);
        return new(meeting.Id, meeting.Month.ToString(), meeting.HeldOn, meeting.Attendees, meeting.Minutes, meeting.RecordedByUserId,
            meeting.RecordedAt, meeting.RevisedAt, db.VersionOf(meeting),
            [.. meeting.Tasks.OrderBy(t => t.DueOn).ThenBy(t => t.Id).Select(t => Task(t, db.VersionOf(t), owners))]);
    }

    public static TaskView Task(MonthlyMeetingTask task, int version, MeetingOwners owners)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(owners);
        return new(task.Id, task.MonthlyMeetingId, task.Description, task.OwnerDepartmentId, task.OwnerUserId, owners.Of(task), task.DueOn,
            task.IsDone, task.CompletedAt, task.CompletedOn, task.CompletionNote, task.WasOnTime, version);
    }
}
