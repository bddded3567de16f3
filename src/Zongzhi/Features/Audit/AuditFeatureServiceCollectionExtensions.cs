namespace Zongzhi.Features.Audit;

public static class AuditFeatureServiceCollectionExtensions
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services)
    {
        services.AddScoped<SearchAuditTrail>();
        services.AddScoped<ExportAuditTrail>();
        return services;
    }
}
