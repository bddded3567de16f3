using Zongzhi.Jobs;

namespace Zongzhi.Features.Supervision;

public static class DeadlineMonitoringServiceCollectionExtensions
{
    public static IServiceCollection AddDeadlineMonitoring(this IServiceCollection services)
    {
        services.AddScoped<DeadlineOwners>();
        services.AddScoped<SweepDeadlines>();
        services.AddSingleton<DeadlineMonitorStatus>();
        services.AddScoped<Accountability.IAccountabilityFactSource, SupervisionAccountabilityFacts>();
        return services;
    }

    /// <summary>The background loop: only in the web host, not in CLI verbs.</summary>
    public static IServiceCollection AddDeadlineMonitor(this IServiceCollection services) =>
        services.AddHostedService<DeadlineMonitor>();
}
