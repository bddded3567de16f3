using Zongzhi.Features.ExtensionRequests;

namespace Zongzhi.Features.Assignments;

/// <summary>Assignment sheets (交办单) and their extension requests (延期申请).</summary>
public static class AssignmentsServiceCollectionExtensions
{
    public static IServiceCollection AddAssignments(this IServiceCollection services)
    {
        services.AddScoped<SheetWork>();
        services.AddScoped<AssignMatter>();
        services.AddScoped<AssignmentQueries>();
        services.AddScoped<ReceiveAssignment>();
        services.AddScoped<RecordProgress>();
        services.AddScoped<SubmitResult>();
        services.AddScoped<ReviewResult>();
        services.AddScoped<RequestExtension>();
        services.AddScoped<ExtensionDecisions>();
        services.AddScoped<ApproveExtension>();
        services.AddScoped<RejectExtension>();
        services.AddScoped<ExtensionRequestSearch>();
        return services;
    }

    public static IEndpointRouteBuilder MapAssignments(this IEndpointRouteBuilder app)
    {
        app.MapAssignmentsApi();
        app.MapExtensionRequestsApi();
        return app;
    }
}
