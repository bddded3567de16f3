namespace Zongzhi.Features.Meetings;

/// <summary>修改例会记录: corrects the date, attendees and minutes, refused when based on a stale read.</summary>
public sealed class ReviseMonthlyMeeting(MonthlyMeetingWork work)
{
    public Task<IResult> RunAsync(long id, ReviseMeetingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return work.OnMeetingAsync(id, request.Version, "meetings.revise",
            (_, meeting) => Task.FromResult(meeting.Revise(request.HeldOn, request.Attendees, request.Minutes?.Trim(), work.Now, work.Today)),
            m => new { heldOn = m.HeldOn, attendees = m.Attendees.Count, minutesLength = m.Minutes.Length }, cancellationToken);
    }
}
