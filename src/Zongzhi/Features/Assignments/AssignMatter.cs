using Zongzhi.Data;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Matters;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform;

namespace Zongzhi.Features.Assignments;

/// <summary>
/// 交办: the director issues the matter's assignment sheet to a handling department (and co-handling departments).
/// The sheet's number (JB-2026-000045) is drawn inside the transaction that saves the sheet, so a refused or failed
/// assignment gives its number back; the departments' staff are notified in the same commit.
/// </summary>
public sealed class AssignMatter(ZongzhiDb db, MatterWork work, NumberSequences numbers, TownClock clock)
{
    public async Task<IResult> RunAsync(long matterId, AssignRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var coHandling = request.CoHandlingDepartmentIds ?? [];
        var checks = new FieldChecks()
            .Present("handlingDepartmentId", request.HandlingDepartmentId, "请选择承办部门")
            .Text("requirements", request.Requirements, "交办要求", TextLimits.LongText);
        var departments = coHandling.Select((id, i) => ($"coHandlingDepartmentIds[{i}]", id)).ToList();
        if (request.HandlingDepartmentId is { } handling)
        {
            departments.Insert(0, ("handlingDepartmentId", handling));
        }

        if ((await checks.DepartmentsAsync(db, departments, cancellationToken)).Problem() is { } invalid)
        {
            return invalid;
        }

        var year = clock.Today().Year;
        var sequence = $"sheet-{year}";
        await numbers.EnsureAsync(sequence, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var saved = false;
        Domain.Calendar.WorkCalendar? calendar = null;
        AssignmentSheet? sheet = null;
        var answer = await ConcurrentWrites.GuardAsync(() => work.RunAsync(matterId, request.Version, "assignment.assign", async c =>
        {
            calendar = await c.CalendarAsync();
            var number = AssignmentSheetNumber.Format(year, await numbers.NextAsync(sequence, c.CancellationToken));
            var assigned = c.Matter.Assign(c.User.Id, number, request.HandlingDepartmentId!.Value, coHandling, request.Requirements!,
                c.Now, c.Today, calendar, await c.RulesAsync());
            if (assigned.Value is not { } issued)
            {
                return assigned.Error!;
            }

            sheet = issued;
            c.Db.AssignmentSheets.Add(issued);
            c.AuditDetails = new { issued.Number, handlingDepartmentId = issued.HandlingDepartmentId, coHandling = coHandling.Count };
            await NotifyDepartmentsAsync(c, issued);
            return Result.Success;
        }, c =>
        {
            saved = true;
            return TypedResults.Created($"/api/assignments/{sheet!.Id}",
                AssignmentSheetView.From(sheet, c.Matter, c.Db.VersionOf(c.Matter), calendar!, c.Today));
        }, cancellationToken));
        if (saved)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return answer;
    }

    private static async Task NotifyDepartmentsAsync(MatterWork.Context c, AssignmentSheet sheet)
    {
        var recipients = new List<string>();
        foreach (var department in sheet.CoHandlingDepartmentIds.Prepend(sheet.HandlingDepartmentId))
        {
            recipients.AddRange(await c.Notifier.DepartmentStaffAsync(department, c.CancellationToken));
        }

        var body = $"事项 {c.Matter.Number}：{c.Matter.Summary}。请及时签收，签收之日起计算办理期限。";
        await c.NotifyAsync(recipients, new Notifier.Message(NotificationKind.Assigned, $"交办单 {sheet.Number} 待签收", body,
            $"/Assignments?matter={c.Matter.Id}", c.Matter.Id, $"matter:{c.Matter.Id}:sheet:{sheet.Number}:assigned"));
        if (sheet.SupervisingBody == SupervisionTrack.PartyGovernmentOffice)
        {
            await c.NotifyAsync(await c.Notifier.SupervisorsAsync(SupervisionTrack.PartyGovernmentOffice, c.CancellationToken),
                new Notifier.Message(NotificationKind.Information, $"交办单 {sheet.Number} 已出具，由镇党政办督办", body,
                    $"/Assignments?matter={c.Matter.Id}", c.Matter.Id, $"matter:{c.Matter.Id}:sheet:{sheet.Number}:office"));
        }
    }
}
