namespace Zongzhi.Features.Accountability;

public static class AccountabilityServiceCollectionExtensions
{
    public static IServiceCollection AddAccountability(this IServiceCollection services)
    {
        services.AddScoped<ListAccountabilityCandidates>();
        services.AddScoped<OpenAccountabilityRecord>();
        services.AddScoped<ChangeAccountabilityRecord>();
        services.AddScoped<DismissAccountabilityCandidate>();
        services.AddScoped<AddAccountabilityGround>();
        services.AddScoped<AccountabilityStatistics>();
        return services;
    }
}
