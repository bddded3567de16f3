using Zongzhi.Features.Demo;

namespace Zongzhi.Features.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>Administration use cases (users, lists, demo seeding); shared by the web app and the CLI.</summary>
    public static IServiceCollection AddZongzhiAdmin(this IServiceCollection services)
    {
        services.AddScoped<CreateUser>();
        services.AddScoped<ChangeUser>();
        services.AddScoped<SetUserDisabled>();
        services.AddScoped<ResetUserPassword>();
        services.AddScoped<ResetUserTwoFactor>();
        services.AddScoped(typeof(ChangeReferenceList<>));
        services.AddScoped<Calendar.ChangeRuleSettings>();
        services.AddScoped<SeedDemoData>();
        services.AddHostedService<DemoLoginsBanner>();
        return services;
    }
}
