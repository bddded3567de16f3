using System.Globalization;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Assignments;
using Zongzhi.Features.Notifications;

namespace Zongzhi.Features.Supervision;

/// <summary>调阅: the supervising body calls up a department's materials, to be provided by a date.</summary>
public sealed class CallForMaterials(ZongzhiDb db, SupervisionWork work)
{
    public async Task<IResult> RunAsync(long matterId, CallForMaterialsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checks = new FieldChecks()
            .Present("departmentId", request.DepartmentId, "请选择被调阅材料的部门")
            .Text("materialsWanted", request.MaterialsWanted, "调阅的材料", TextLimits.Reason)
            .Present("dueOn", request.DueOn, "请填写提供材料的期限");
        if (request.DepartmentId is { } department)
        {
            await checks.DepartmentsAsync(db, [("departmentId", department)], cancellationToken);
        }

        if (checks.Problem() is { } invalid)
        {
            return invalid;
        }

        MaterialsRequest? issued = null;
        Domain.Calendar.WorkCalendar? calendar = null;
        return await work.PowerAsync(matterId, request.Version, "supervision.callForMaterials", async (c, body) =>
        {
            calendar = await c.CalendarAsync();
            var created = MaterialsRequest.Issue(c.Matter, body, c.User.Id, request.DepartmentId!.Value, request.MaterialsWanted!, request.DueOn!.Value,
                c.Now, c.Today, calendar);
            if (created.Value is not { } materials)
            {
                return created.Error!;
            }

            issued = materials;
            c.Db.MaterialsRequests.Add(materials);
            c.AuditDetails = new { departmentId = materials.DepartmentId, dueOn = materials.Deadline.DueOn };
            await c.NotifyAsync(await c.Notifier.DepartmentStaffAsync(materials.DepartmentId, c.CancellationToken), SupervisionWork.Message(
                NotificationKind.MaterialsRequested, c, $"调阅材料：事项 {c.Matter.Number}",
                $"请于 {materials.Deadline.DueOn:yyyy-MM-dd} 前提供：{materials.MaterialsWanted}",
                "materials:" + c.Now.Ticks.ToString(CultureInfo.InvariantCulture)));
            return Result.Success;
        }, c => TypedResults.Created($"/api/matters/{matterId}/supervision",
            SupervisionRecordsView.MaterialsRequestView.From(issued!, calendar!, c.Today)), cancellationToken);
    }
}
