namespace Zongzhi.Features.SelfService;

public static class SelfServiceServiceCollectionExtensions
{
    public static IServiceCollection AddSelfService(this IServiceCollection services)
    {
        services.AddOptions<SelfServiceOptions>().BindConfiguration("Zongzhi:SelfService");
        services.AddScoped<SelfServiceGate>();
        services.AddScoped<PublicMatterStatus>();
        services.AddScoped<PublicLookup>();
        services.AddScoped<RateMatter>();
        services.AddScoped<IssueQueryCode>();
        services.AddScoped<ConcludeSatisfactionReview>();
        return services;
    }
}
