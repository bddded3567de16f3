using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Assignments;

namespace Zongzhi.Features.Supervision;

/// <summary>
/// Every supervision record of a matter (督查督办记录): reminders, calls for materials, report requests and coordination
/// meetings with their tasks, each with who and when; <see cref="Version"/> is the matter's.
/// </summary>
public sealed record SupervisionRecordsView(
    long MatterId,
    SupervisionTrack Track,
    IReadOnlyList<SupervisionRecordsView.ReminderView> Reminders,
    IReadOnlyList<SupervisionRecordsView.MaterialsRequestView> MaterialsRequests,
    IReadOnlyList<SupervisionRecordsView.ReportRequestView> ReportRequests,
    IReadOnlyList<SupervisionRecordsView.MeetingView> CoordinationMeetings,
    int Version)
{
    public sealed record ReminderView(long Id, long AssignmentSheetId, long DepartmentId, string Message, SupervisionTrack SentBy, string SentByUserId, DateTime SentAt)
    {
        public static ReminderView From(Reminder r) => new(r.Id, r.AssignmentSheetId, r.DepartmentId, r.Message, r.SentBy, r.SentByUserId, r.SentAt);
    }

    public sealed record MaterialsRequestView(long Id, long DepartmentId, string MaterialsWanted, SupervisionTrack RequestedBy, string RequestedByUserId,
        DateTime RequestedAt, DeadlineView Deadline, string? MaterialsProvided, DateTime? ProvidedAt, string? ProvidedByUserId)
    {
        public static MaterialsRequestView From(MaterialsRequest r, WorkCalendar calendar, DateOnly today) => new(r.Id, r.DepartmentId, r.MaterialsWanted,
            r.RequestedBy, r.RequestedByUserId, r.RequestedAt, DeadlineView.From(r.Deadline, calendar, today), r.MaterialsProvided, r.ProvidedAt, r.ProvidedByUserId);
    }

    public sealed record ReportRequestView(long Id, long DepartmentId, string? ReporterUserId, string Subject, SupervisionTrack RequestedBy,
        string RequestedByUserId, DateTime RequestedAt, DeadlineView Deadline, string? Report, DateTime? ReportedAt, string? ReportedByUserId)
    {
        public static ReportRequestView From(ReportRequest r, WorkCalendar calendar, DateOnly today) => new(r.Id, r.DepartmentId, r.ReporterUserId,
            r.Subject, r.RequestedBy, r.RequestedByUserId, r.RequestedAt, DeadlineView.From(r.Deadline, calendar, today), r.Report, r.ReportedAt, r.ReportedByUserId);
    }

    public sealed record MeetingView(long Id, string Topic, IReadOnlyList<long> DepartmentIds, DateOnly HeldOn, string Place, SupervisionTrack ConvenedBy,
        string ConvenedByUserId, DateTime ConvenedAt, CoordinationMeetingStatus Status, IReadOnlyList<string> Attendees, string? Minutes,
        DateTime? MinutesRecordedAt, IReadOnlyList<TaskView> Tasks)
    {
        public static MeetingView From(CoordinationMeeting m, WorkCalendar calendar, DateOnly today) => new(m.Id, m.Topic, [.. m.DepartmentIds], m.HeldOn,
            m.Place, m.ConvenedBy, m.ConvenedByUserId, m.ConvenedAt, m.Status, [.. m.Attendees], m.Minutes, m.MinutesRecordedAt,
            m.Tasks.OrderBy(t => t.Id).Select(t => TaskView.From(t, calendar, today)).ToList());
    }

    public sealed record TaskView(long Id, string Description, long OwnerDepartmentId, DeadlineView Deadline, DateTime? CompletedAt,
        string? CompletedByUserId, string? CompletionNote)
    {
        public static TaskView From(MeetingTask t, WorkCalendar calendar, DateOnly today) => new(t.Id, t.Description, t.OwnerDepartmentId,
            DeadlineView.From(t.Deadline, calendar, today), t.CompletedAt, t.CompletedByUserId, t.CompletionNote);
    }
}
