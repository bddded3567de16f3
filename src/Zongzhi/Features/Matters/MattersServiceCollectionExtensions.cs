using Zongzhi.Features.Notifications;
using Zongzhi.Platform;

namespace Zongzhi.Features.Matters;

public static class MattersServiceCollectionExtensions
{
    public static IServiceCollection AddMatters(this IServiceCollection services)
    {
        services.AddScoped<CurrentUser>();
        services.AddScoped<NumberSequences>();
        services.AddScoped<IdempotentRequests>();
        services.AddScoped<Notifier>();
        services.AddScoped<UnreadNotifications>();
        services.AddScoped<MatterAccess>();
        services.AddScoped<MatterWork>();
        services.AddScoped<FormAction>();
        services.AddScoped<RegisterMatter>();
        services.AddScoped<MatterSearch>();
        Attachments.AttachmentsApi.AddAttachments(services);
        services.AddScoped<SimilarOpenMatters>();
        services.AddScoped<Workbench.WorkbenchQuery>();
        services.AddScoped<Demo.IDemoSeeder, Demo.DemoMattersSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapMatters(this IEndpointRouteBuilder app)
    {
        app.MapMattersApi();
        app.MapMatterActionsApi();
        app.MapNotificationsApi();
        Attachments.AttachmentsApi.MapAttachmentsApi(app);
        return app;
    }
}
