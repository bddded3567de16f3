using Zongzhi.Features.Assignments;
using Zongzhi.Platform;

namespace Zongzhi.Features.Supervision;

/// <summary>
/// 督查督办职权: reminders, calls for materials, report requests and coordination meetings on
/// <c>/api/matters/{id}/…</c> (the supervising body: the center director, or the party/government office for the
/// matters it supervises), and the departments' answers on each record's own route.
/// </summary>
public static class SupervisionApi
{
    public static IEndpointRouteBuilder MapSupervisionApi(this IEndpointRouteBuilder app)
    {
        var matter = app.MapGroup("/api/matters/{id:long}").WithTags("Supervision");
        matter.MapGet("/supervision", (long id, SupervisionRecords records, CancellationToken ct) => records.GetAsync(id, ct))
            .RequireAuthorization(Policies.Staff).WithSummary("事项的全部督办记录（催办、调阅、要求汇报、协调会及议定事项）")
            .Produces<SupervisionRecordsView>().ProducesProblem(StatusCodes.Status404NotFound);
        matter.MapPost("/reminders", (long id, ReminderRequest request, SendReminder action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .RequireAuthorization(Policies.Supervisor).WithSummary("催办交办单（待签收或办理中）")
            .Produces<SupervisionRecordsView.ReminderView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesRefusals();
        matter.MapPost("/materials-requests", (long id, CallForMaterialsRequest request, CallForMaterials action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .RequireAuthorization(Policies.Supervisor).WithSummary("调阅承办部门材料（部门、调阅内容、提供期限）")
            .Produces<SupervisionRecordsView.MaterialsRequestView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesRefusals();
        matter.MapPost("/report-requests", (long id, RequireReportRequest request, RequireReport action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .RequireAuthorization(Policies.Supervisor).WithSummary("要求汇报（部门、可指定经办人，否则由部门负责人汇报；汇报事项、期限）")
            .Produces<SupervisionRecordsView.ReportRequestView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesRefusals();
        matter.MapPost("/coordination-meetings", (long id, ConveneMeetingRequest request, ConveneMeeting action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .RequireAuthorization(Policies.Supervisor).WithSummary("召集协调会（议题、参会部门、日期、地点）")
            .Produces<SupervisionRecordsView.MeetingView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesRefusals();

        app.MapPost("/api/materials-requests/{id:long}/provide", (long id, ProvideMaterialsRequest request, ProvideMaterials action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .WithTags("Supervision").RequireAuthorization(Policies.DepartmentStaff).WithSummary("提供调阅材料（被调阅的部门）")
            .Produces<SupervisionRecordsView.MaterialsRequestView>().ProducesValidationProblem().ProducesRefusals();
        app.MapPost("/api/report-requests/{id:long}/answer", (long id, AnswerReportRequest request, AnswerReport action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .WithTags("Supervision").RequireAuthorization(Policies.DepartmentStaff).WithSummary("汇报办理情况（部门负责人，或被指定的经办人）")
            .Produces<SupervisionRecordsView.ReportRequestView>().ProducesValidationProblem().ProducesRefusals();
        app.MapPost("/api/coordination-meetings/{id:long}/outcome", (long id, MeetingOutcomeRequest request, RecordMeetingOutcome action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .WithTags("Supervision").RequireAuthorization(Policies.Supervisor).WithSummary("记录协调会纪要（参会人员、纪要、议定事项及负责部门和期限）")
            .Produces<SupervisionRecordsView.MeetingView>().ProducesValidationProblem().ProducesRefusals();
        app.MapPost("/api/meeting-tasks/{id:long}/complete", (long id, CompleteTaskRequest request, CompleteMeetingTask action, CancellationToken ct) => action.RunAsync(id, request, ct))
            .WithTags("Supervision").RequireAuthorization(Policies.DepartmentStaff).WithSummary("完成协调会议定事项（负责部门）")
            .Produces<SupervisionRecordsView.TaskView>().ProducesValidationProblem().ProducesRefusals();
        return app;
    }
}
