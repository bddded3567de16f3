using Zongzhi.Data;

namespace Zongzhi.Platform.Backup;

public static class BackupServiceCollectionExtensions
{
    public static IServiceCollection AddZongzhiBackup(this IServiceCollection services)
    {
        services.AddScoped<CreateBackup>();
        services.AddSingleton(sp => BackupLocations.From(sp.GetRequiredService<IConfiguration>()));
        services.AddTransient(sp => new RestoreBackup(sp.GetRequiredService<DatabaseOptions>(), sp.GetRequiredService<BackupLocations>()));
        return services;
    }
}
