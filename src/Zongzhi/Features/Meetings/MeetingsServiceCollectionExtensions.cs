namespace Zongzhi.Features.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddMeetingPolicies();
        services.AddScoped<PeriodStatistics>();
        services.AddScoped<ExportMeetingPack>();
        services.AddScoped<MonthlyMeetingWork>();
        services.AddScoped<RecordMonthlyMeeting>();
        services.AddScoped<ReviseMonthlyMeeting>();
        services.AddScoped<AddMonthlyMeetingTask>();
        services.AddScoped<CompleteMonthlyMeetingTask>();
        services.AddScoped<PeriodicReportWork>();
        return services;
    }

    public static IEndpointRouteBuilder MapMeetings(this IEndpointRouteBuilder app)
    {
        app.MapMeetingPackApi();
        app.MapMonthlyMeetingsApi();
        app.MapPeriodicReportsApi();
        return app;
    }
}
