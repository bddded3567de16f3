namespace Zongzhi.Platform.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    public static IServiceCollection AddZongzhiPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<PersonalDataKeySource>();
        services.AddSingleton<PersonalDataProtector>();
        services.AddScoped<RevealPersonalData>();
        services.AddScoped<RotatePersonalDataKey>();
        return services;
    }
}
