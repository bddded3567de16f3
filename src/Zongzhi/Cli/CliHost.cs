using Zongzhi.Platform;

namespace Zongzhi.Cli;

/// <summary>A host for CLI verbs: the same configuration and services as the web app, logs on standard error only.</summary>
public static class CliHost
{
    public static IHost Build(string[]? args = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args ?? [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddZongzhiCore();
        return builder.Build();
    }

    /// <summary>Builds the host, migrates the database (first use needs nothing set up by hand) and runs <paramref name="work"/>.</summary>
    public static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        using var host = Build();
        await WebApp.InitializeAsync(host.Services, cancellationToken);
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<Platform.Audit.AuditTrail>().ActAs(Platform.Audit.Actor.Cli);
        return await work(scope.ServiceProvider, cancellationToken);
    }
}
