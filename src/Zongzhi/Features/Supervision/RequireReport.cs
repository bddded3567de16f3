using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Assignments;
using Zongzhi.Features.Notifications;

namespace Zongzhi.Features.Supervision;

/// <summary>
/// 要求汇报: the supervising body requires the head of a department — or a named handler of that department — to
/// report on the handling by a date.
/// </summary>
public sealed class RequireReport(ZongzhiDb db, SupervisionWork work)
{
    public async Task<IResult> RunAsync(long matterId, RequireReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checks = new FieldChecks()
            .Present("departmentId", request.DepartmentId, "请选择被要求汇报的部门")
            .Text("subject", request.Subject, "汇报事项", TextLimits.Reason)
            .Present("dueOn", request.DueOn, "请填写汇报期限");
        if (request.DepartmentId is { } department)
        {
            await checks.DepartmentsAsync(db, [("departmentId", department)], cancellationToken);
            var reporter = string.IsNullOrEmpty(request.ReporterUserId) ? null : request.ReporterUserId;
            if (reporter is not null && !await db.Users.AnyAsync(u => u.Id == reporter && u.DepartmentId == department && !u.IsDisabled, cancellationToken))
            {
                checks.Add(new ValidationError("reporterUserId", "汇报人应为该部门的在职人员"));
            }
        }

        if (checks.Problem() is { } invalid)
        {
            return invalid;
        }

        ReportRequest? issued = null;
        Domain.Calendar.WorkCalendar? calendar = null;
        return await work.PowerAsync(matterId, request.Version, "supervision.requireReport", async (c, body) =>
        {
            calendar = await c.CalendarAsync();
            var reporter = string.IsNullOrEmpty(request.ReporterUserId) ? null : request.ReporterUserId;
            var created = ReportRequest.Issue(c.Matter, body, c.User.Id, request.DepartmentId!.Value, reporter, request.Subject!, request.DueOn!.Value,
                c.Now, c.Today, calendar);
            if (created.Value is not { } report)
            {
                return created.Error!;
            }

            issued = report;
            c.Db.ReportRequests.Add(report);
            c.AuditDetails = new { departmentId = report.DepartmentId, namedReporter = reporter is not null, dueOn = report.Deadline.DueOn };
            var recipients = reporter is not null
                ? [reporter]
                : await c.Notifier.UsersInRoleAsync(Roles.DepartmentHead, report.DepartmentId, c.CancellationToken);
            await c.NotifyAsync(recipients, SupervisionWork.Message(NotificationKind.ReportRequested, c, $"要求汇报：事项 {c.Matter.Number}",
                $"请于 {report.Deadline.DueOn:yyyy-MM-dd} 前汇报：{report.Subject}", "report:" + c.Now.Ticks.ToString(CultureInfo.InvariantCulture)));
            return Result.Success;
        }, c => TypedResults.Created($"/api/matters/{matterId}/supervision",
            SupervisionRecordsView.ReportRequestView.From(issued!, calendar!, c.Today)), cancellationToken);
    }
}
