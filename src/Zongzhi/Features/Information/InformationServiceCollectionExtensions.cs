namespace Zongzhi.Features.Information;

public static class InformationServiceCollectionExtensions
{
    public static IServiceCollection AddInformation(this IServiceCollection services)
    {
        services.AddOptions<InformationOptions>().BindConfiguration(InformationOptions.Section);
        services.AddInformationPolicies();
        services.AddScoped<InformationAccess>();
        services.AddScoped<InformationWork>();
        services.AddScoped<EmergencyReport>();
        services.AddScoped<RegisterInformation>();
        services.AddScoped<InformationAttachments>();
        services.AddScoped<VillageReportAccess>();
        services.AddScoped<FileVillageReport>();
        services.AddScoped<ImportVillageReports>();
        services.AddScoped<MissingVillageReports>();
        services.AddScoped<ScreeningWork>();
        services.AddScoped<MonthlyStatistics>();
        services.AddScoped<Accountability.IAccountabilityFactSource, EmergencyAccountabilityFacts>();
        return services;
    }

    public static IEndpointRouteBuilder MapInformation(this IEndpointRouteBuilder app)
    {
        app.MapInformationApi();
        app.MapInformationActionsApi();
        app.MapInformationAttachmentsApi();
        app.MapVillageReportsApi();
        app.MapScreeningsApi();
        app.MapMonthlyStatisticsApi();
        return app;
    }
}
