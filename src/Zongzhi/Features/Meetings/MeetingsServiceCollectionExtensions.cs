namespace Zongzhi.Features.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddMeetingPolicies();
        services.AddScoped<PeriodStatistics>();
        services.AddScoped<ExportMeetingPack>();
        return services;
    }

    public static IEndpointRouteBuilder MapMeetings(this IEndpointRouteBuilder app)
    {
        app.MapMeetingPackApi();
        return app;
    }
}
