using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Assignments;
using Zongzhi.Features.Notifications;

namespace Zongzhi.Features.Supervision;

/// <summary>协调会纪要: attendees, minutes and decisions, each decision a tracked task of its owner department.</summary>
public sealed class RecordMeetingOutcome(ZongzhiDb db, SupervisionWork work)
{
    public async Task<IResult> RunAsync(long meetingId, MeetingOutcomeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var attendees = request.Attendees ?? [];
        var decisions = request.Decisions ?? [];
        var checks = new FieldChecks()
            .Add(attendees.Count == 0 ? new ValidationError("attendees", "请填写参会人员") : null)
            .Text("minutes", request.Minutes, "会议纪要", TextLimits.LongText);
        for (var i = 0; i < attendees.Count; i++)
        {
            checks.Text($"attendees[{i}]", attendees[i], "参会人员", TextLimits.PersonName, multiline: false);
        }

        for (var i = 0; i < decisions.Count; i++)
        {
            checks.Text($"decisions[{i}].description", decisions[i]?.Description, "议定事项", TextLimits.Reason)
                .Present($"decisions[{i}].ownerDepartmentId", decisions[i]?.OwnerDepartmentId, "请选择负责部门")
                .Present($"decisions[{i}].dueOn", decisions[i]?.DueOn, "请填写完成期限");
        }

        await checks.DepartmentsAsync(db, decisions.Select((d, i) => ($"decisions[{i}].ownerDepartmentId", d?.OwnerDepartmentId ?? 0))
            .Where(d => d.Item2 > 0), cancellationToken);
        if (checks.Problem() is { } invalid)
        {
            return invalid;
        }

        CoordinationMeeting? held = null;
        Domain.Calendar.WorkCalendar? calendar = null;
        return await work.OnRecordAsync(db.CoordinationMeetings.Where(m => m.Id == meetingId).Select(m => m.MatterId), "未找到该协调会",
            request.Version, "supervision.meetingOutcome", async c =>
            {
                if (c.User.SupervisingBody is not { } body)
                {
                    return new ForbiddenError("只有督查督办部门可以记录协调会纪要");
                }

                var meeting = await c.Db.CoordinationMeetings.Include(m => m.Tasks).ThenInclude(t => t.Deadline)
                    .SingleAsync(m => m.Id == meetingId, c.CancellationToken);
                calendar = await c.CalendarAsync();
                var entered = decisions.Select(d => new MeetingDecision(d!.Description!, d.OwnerDepartmentId!.Value, d.DueOn!.Value)).ToList();
                var result = meeting.RecordOutcome(c.Matter, body, c.User.Id, attendees, request.Minutes!, entered, c.Now, c.Today, calendar);
                if (!result.IsSuccess)
                {
                    return result;
                }

                held = meeting;
                c.AuditDetails = new { meetingId, attendees = attendees.Count, tasks = entered.Count };
                foreach (var owner in entered.GroupBy(d => d.OwnerDepartmentId))
                {
                    await c.NotifyAsync(await c.Notifier.DepartmentStaffAsync(owner.Key, c.CancellationToken), SupervisionWork.Message(
                        NotificationKind.Information, c, $"协调会议定事项：{meeting.Topic}",
                        string.Join('；', owner.Select(d => $"{d.Description}（{d.DueOn:yyyy-MM-dd} 前完成）")), $"meeting:{meetingId}:tasks:{owner.Key}"));
                }

                return Result.Success;
            }, c => TypedResults.Ok(SupervisionRecordsView.MeetingView.From(held!, calendar!, c.Today)), cancellationToken);
    }
}
