namespace Zongzhi.Features.LeaderCases;

public static class LeaderCasesServiceCollectionExtensions
{
    public static IServiceCollection AddLeaderCases(this IServiceCollection services)
    {
        services.AddScoped<LeaderCaseWork>();
        services.AddScoped<LeaderCaseQueries>();
        return services;
    }

    public static IEndpointRouteBuilder MapLeaderCases(this IEndpointRouteBuilder app)
    {
        app.MapLeaderCasesApi();
        app.MapLeaderCaseHandlingApi();
        app.MapLeaderCaseExtensionsApi();
        app.MapLeaderCaseClosureApi();
        return app;
    }
}
