using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Assignments;
using Zongzhi.Features.Notifications;

namespace Zongzhi.Features.Supervision;

/// <summary>提供调阅材料: the department called upon provides what was asked; the requester is told.</summary>
public sealed class ProvideMaterials(ZongzhiDb db, SupervisionWork work)
{
    public async Task<IResult> RunAsync(long requestId, ProvideMaterialsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (new FieldChecks().Text("materialsProvided", request.MaterialsProvided, "提供的材料", TextLimits.LongText).Problem() is { } invalid)
        {
            return invalid;
        }

        MaterialsRequest? provided = null;
        Domain.Calendar.WorkCalendar? calendar = null;
        return await work.OnRecordAsync(db.MaterialsRequests.Where(r => r.Id == requestId).Select(r => r.MatterId), "未找到该调阅要求",
            request.Version, "supervision.provideMaterials", async c =>
            {
                var materials = await c.Db.MaterialsRequests.Include(r => r.Deadline).SingleAsync(r => r.Id == requestId, c.CancellationToken);
                if (c.User.DepartmentId is not { } department)
                {
                    return new ForbiddenError("只有被调阅材料的部门可以提供材料");
                }

                var result = materials.Provide(c.Matter, c.User.Id, department, request.MaterialsProvided!, c.Now, c.Today);
                if (!result.IsSuccess)
                {
                    return result;
                }

                provided = materials;
                calendar = await c.CalendarAsync();
                c.AuditDetails = new { materialsRequestId = requestId, onTime = materials.Deadline.WasMetOnTime };
                await c.NotifyAsync([materials.RequestedByUserId], SupervisionWork.Message(NotificationKind.Information, c,
                    $"调阅材料已提供：事项 {c.Matter.Number}", materials.MaterialsProvided!, $"materials:{requestId}:provided"));
                return Result.Success;
            }, c => TypedResults.Ok(SupervisionRecordsView.MaterialsRequestView.From(provided!, calendar!, c.Today)), cancellationToken);
    }
}
