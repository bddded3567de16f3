namespace Zongzhi.Features.Supervision;

/// <summary>The supervising body's powers (督查督办职权) and the departments' answers.</summary>
public static class SupervisionServiceCollectionExtensions
{
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddScoped<SupervisionWork>();
        services.AddScoped<SupervisionRecords>();
        services.AddScoped<BoardQuery>();
        services.AddScoped<SendReminder>();
        services.AddScoped<CallForMaterials>();
        services.AddScoped<ProvideMaterials>();
        services.AddScoped<RequireReport>();
        services.AddScoped<AnswerReport>();
        services.AddScoped<ConveneMeeting>();
        services.AddScoped<RecordMeetingOutcome>();
        services.AddScoped<CompleteMeetingTask>();
        return services;
    }

    public static IEndpointRouteBuilder MapSupervision(this IEndpointRouteBuilder app)
    {
        app.MapSupervisionApi();
        return app;
    }
}
