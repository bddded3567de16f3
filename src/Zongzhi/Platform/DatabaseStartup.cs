namespace Zongzhi.Platform;

/// <summary>
/// Migrates and seeds the database as the web host starts, before the server listens (StartingAsync runs ahead of
/// every hosted service's start), so no request ever meets an old schema — under <c>zongzhi serve</c> and under the
/// test host alike.
/// </summary>
public sealed class DatabaseStartup(IServiceProvider services) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => WebApp.InitializeAsync(services, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
