using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Assignments;
using Zongzhi.Features.Notifications;

namespace Zongzhi.Features.Supervision;

/// <summary>汇报: the named reporter, or else the head of the department asked, gives the report; the requester is told.</summary>
public sealed class AnswerReport(ZongzhiDb db, SupervisionWork work)
{
    public async Task<IResult> RunAsync(long requestId, AnswerReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (new FieldChecks().Text("report", request.Report, "汇报内容", TextLimits.LongText).Problem() is { } invalid)
        {
            return invalid;
        }

        ReportRequest? answered = null;
        Domain.Calendar.WorkCalendar? calendar = null;
        return await work.OnRecordAsync(db.ReportRequests.Where(r => r.Id == requestId).Select(r => r.MatterId), "未找到该汇报要求",
            request.Version, "supervision.answerReport", async c =>
            {
                var report = await c.Db.ReportRequests.Include(r => r.Deadline).SingleAsync(r => r.Id == requestId, c.CancellationToken);
                var result = report.Answer(c.Matter, c.User.Id, c.User.DepartmentId ?? 0, c.User.IsIn(Roles.DepartmentHead), request.Report!, c.Now, c.Today);
                if (!result.IsSuccess)
                {
                    return result;
                }

                answered = report;
                calendar = await c.CalendarAsync();
                c.AuditDetails = new { reportRequestId = requestId, onTime = report.Deadline.WasMetOnTime };
                await c.NotifyAsync([report.RequestedByUserId], SupervisionWork.Message(NotificationKind.Information, c,
                    $"已汇报：事项 {c.Matter.Number}", report.Report!, $"report:{requestId}:answered"));
                return Result.Success;
            }, c => TypedResults.Ok(SupervisionRecordsView.ReportRequestView.From(answered!, calendar!, c.Today)), cancellationToken);
    }
}
