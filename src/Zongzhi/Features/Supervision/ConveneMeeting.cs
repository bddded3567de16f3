using System.Globalization;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Assignments;
using Zongzhi.Features.Notifications;

namespace Zongzhi.Features.Supervision;

/// <summary>召集协调会: the supervising body convenes the heads of departments on a date at a place.</summary>
public sealed class ConveneMeeting(ZongzhiDb db, SupervisionWork work)
{
    public async Task<IResult> RunAsync(long matterId, ConveneMeetingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var departments = request.DepartmentIds ?? [];
        var checks = new FieldChecks()
            .Text("topic", request.Topic, "会议议题", TextLimits.ShortText, multiline: false)
            .Add(departments.Count == 0 ? new ValidationError("departmentIds", "请选择参加协调会的部门") : null)
            .Present("heldOn", request.HeldOn, "请填写会议日期")
            .Text("place", request.Place, "会议地点", TextLimits.ShortText, multiline: false);
        await checks.DepartmentsAsync(db, departments.Select((id, i) => ($"departmentIds[{i}]", id)), cancellationToken);
        if (checks.Problem() is { } invalid)
        {
            return invalid;
        }

        CoordinationMeeting? convened = null;
        Domain.Calendar.WorkCalendar? calendar = null;
        return await work.PowerAsync(matterId, request.Version, "supervision.conveneMeeting", async (c, body) =>
        {
            var created = CoordinationMeeting.Convene(c.Matter, body, c.User.Id, request.Topic!, departments, request.HeldOn!.Value, request.Place!, c.Now);
            if (created.Value is not { } meeting)
            {
                return created.Error!;
            }

            convened = meeting;
            calendar = await c.CalendarAsync();
            c.Db.CoordinationMeetings.Add(meeting);
            c.AuditDetails = new { departments = departments.Count, heldOn = meeting.HeldOn };
            var heads = new List<string>();
            foreach (var department in departments)
            {
                heads.AddRange(await c.Notifier.UsersInRoleAsync(Roles.DepartmentHead, department, c.CancellationToken));
            }

            await c.NotifyAsync(heads, SupervisionWork.Message(NotificationKind.MeetingConvened, c, $"协调会通知：{meeting.Topic}",
                $"事项 {c.Matter.Number}，{meeting.HeldOn:yyyy-MM-dd} 于{meeting.Place}召开，请部门负责人参加。",
                "meeting:" + c.Now.Ticks.ToString(CultureInfo.InvariantCulture)));
            return Result.Success;
        }, c => TypedResults.Created($"/api/matters/{matterId}/supervision",
            SupervisionRecordsView.MeetingView.From(convened!, calendar!, c.Today)), cancellationToken);
    }
}
