using Microsoft.AspNetCore.DataProtection;
using Zongzhi.Data;
using Zongzhi.Features.Accountability;
using Zongzhi.Features.Audit;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Admin;
using Zongzhi.Features.Assignments;
using Zongzhi.Features.Calendar;
using Zongzhi.Features.Shared;
using Zongzhi.Features.LeaderCases;
using Zongzhi.Features.Matters;
using Zongzhi.Features.Supervision;
using Zongzhi.Platform.Audit;
using Zongzhi.Platform.Backup;
using Zongzhi.Platform.Privacy;
using Zongzhi.Platform.Web;

namespace Zongzhi.Platform;

/// <summary>Builds the web application: one AddXxx per area, then the endpoints.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(Options(args));
        if (!Directory.Exists(Path.Combine(builder.Environment.ContentRootPath, "wwwroot")))
        {
            // A build output run from elsewhere (`dotnet bin/…/zongzhi.dll`, the bench and crash harness): the pages'
            // styles and scripts are found through the build's static web assets manifest, as under `dotnet run`.
            builder.WebHost.UseStaticWebAssets();
        }

        builder.Services.AddZongzhiCore();
        builder.Services.AddZongzhiWeb();
        var app = builder.Build();
        StartupWarmUp.Begin(app.Services);
        app.UseZongzhiWeb();
        return app;
    }

    /// <summary>
    /// The content root is the working directory (as `dotnet run` and the tests set it) unless that has no wwwroot and
    /// the application's own folder has (a published build started from another directory, e.g. by a service manager):
    /// without this its pages would be served without their styles.
    /// </summary>
    private static WebApplicationOptions Options(string[] args)
    {
        var published = AppContext.BaseDirectory;
        return !Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "wwwroot")) && Directory.Exists(Path.Combine(published, "wwwroot"))
            ? new WebApplicationOptions { Args = args, ContentRootPath = published }
            : new WebApplicationOptions { Args = args };
    }

    /// <summary>Everything the CLI and the web share: clock, database, domain services, use cases.</summary>
    public static IServiceCollection AddZongzhiCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => TownClock.Create(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IConfiguration>()["Zongzhi:TimeZone"]));
        services.AddZongzhiData();
        services.AddHttpContextAccessor();
        services.AddZongzhiAudit();
        services.AddZongzhiPrivacy();
        services.AddZongzhiBackup();
        services.AddAccountability();
        services.AddAuditFeature();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<Features.Admin.SeedReferenceData>();
        services.AddZongzhiAccounts();
        services.AddZongzhiAdmin();
        services.AddCalendar();
        services.AddMatters();
        services.AddLeaderCases();
        services.AddAssignments();
        services.AddSupervision();
        services.AddDeadlineMonitoring();
        Features.Notifications.Email.EmailServiceCollectionExtensions.AddNotificationEmail(services);
        Features.Information.InformationServiceCollectionExtensions.AddInformation(services);
        Features.Meetings.MeetingsServiceCollectionExtensions.AddMeetings(services);
        Features.SelfService.SelfServiceServiceCollectionExtensions.AddSelfService(services);
        services.AddDataProtection().SetApplicationName("Zongzhi").PersistKeysToDbContext<ZongzhiDb>();
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<Platform.Privacy.PersonalDataProtector>((o, protector) => o.XmlEncryptor = new Platform.Privacy.KeyFileXmlEncryptor(protector));
        return services;
    }

    /// <summary>
    /// Nested request types share short names (AddAccountabilityGround.Request, ConcludeSatisfactionReview.Request …): by
    /// default each would be the one schema "Request", so an endpoint would be described with another's body.
    /// </summary>
    private static string? SchemaId(System.Text.Json.Serialization.Metadata.JsonTypeInfo type)
    {
        var id = Microsoft.AspNetCore.OpenApi.OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        return id is not null && type.Type is { DeclaringType: { } outer, IsGenericType: false } ? outer.Name + id : id;
    }

    public static IServiceCollection AddZongzhiWeb(this IServiceCollection services)
    {
        services.AddRazorPages(o => o.RootDirectory = "/Features");
        services.AddZongzhiPages();
        Features.Printing.PrintingServiceCollectionExtensions.AddPrinting(services);
        services.AddOpenApi(o => o.CreateSchemaReferenceId = SchemaId);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ServerErrors.Customize);
        services.AddValidation();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(allowIntegerValues: false));
            // Unknown properties are refused, never silently ignored (no mass assignment).
            o.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.MaxDepth = 32;
        });
        // Requests the framework cannot read are answered with the field and a Chinese message (BadRequestProblems).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestProblems>();
        services.AddExceptionHandler<ServerErrors>();
        services.AddZongzhiPolicies();
        services.AddApiAntiforgery();
        services.AddLoginRateLimit();
        services.AddHostedService<DatabaseStartup>();
        services.AddDeadlineMonitor();
        services.AddHostedService<Jobs.NotificationMailer>();
        return services;
    }

    public static WebApplication UseZongzhiWeb(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLimits();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseApiAntiforgery();
        app.UseAccountGate();
        app.UseAuthorization();
        app.MapOpenApi().AllowAnonymous();
        app.MapGet("/health", HealthAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapAccountsApi();
        app.MapApiAntiforgery();
        app.MapCalendarApi();
        app.MapRuleSettingsApi();
        app.MapAccountabilityApi();
        app.MapAuditApi();
        app.MapMatters();
        app.MapLeaderCases();
        app.MapAssignments();
        app.MapSupervision();
        Features.Information.InformationServiceCollectionExtensions.MapInformation(app);
        Features.Meetings.MeetingsServiceCollectionExtensions.MapMeetings(app);
        Features.SelfService.SelfServiceApi.MapSelfServiceApi(app);
        app.MapRazorPages();
        return app;
    }

    private static async Task<IResult> HealthAsync(ZongzhiDb db, CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? TypedResults.Ok(new { status = "ok" })
            : TypedResults.Problem("数据库不可用", statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>Migrates the database and seeds what the product ships (calendar; demo data in demo mode).</summary>
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().RunAsync(cancellationToken);
    }

    private static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CalendarCache>();
        services.AddScoped<CalendarSource>();
        services.AddScoped<ApplyCalendarChange>();
        services.AddScoped<LoadHolidayNotice>();
        services.AddScoped<SeedShippedCalendar>();
        services.AddScoped<ChangeLocalOverride>();
        services.AddScoped<RuleSettingsSource>();
        return services;
    }
}
