using Zongzhi.Features.Supervision;
using Zongzhi.Platform;

namespace Zongzhi.Jobs;

/// <summary>
/// Runs <see cref="SweepDeadlines"/> every few minutes (Zongzhi:DeadlineMonitor:IntervalSeconds, default 300). Each pass
/// has its own scope; a failed pass is logged and the next one tries again. Safe on several nodes at once.
/// </summary>
public sealed class DeadlineMonitor(IServiceScopeFactory scopes, TimeProvider time, TownClock clock, DeadlineMonitorStatus status,
    IConfiguration configuration, ILogger<DeadlineMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (configuration.GetValue("Zongzhi:DeadlineMonitor:Enabled", true) == false)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(10, configuration.GetValue("Zongzhi:DeadlineMonitor:IntervalSeconds", 300)));
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<SweepDeadlines>().RunAsync(clock.Today(), cancellationToken);
            status.Succeeded(clock.UtcNow());
            if (outcome.Alerts > 0)
            {
                logger.LogInformation("Deadline monitor: {Alerts} alerts, {Notifications} notifications", outcome.Alerts, outcome.Notifications);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            status.Failed(clock.UtcNow());
            logger.LogError(exception, "Deadline monitor pass failed");
        }
    }
}

/// <summary>The monitor's last success and failure, for the health check.</summary>
public sealed class DeadlineMonitorStatus
{
    public DateTime? LastSuccessAt { get; private set; }

    public DateTime? LastFailureAt { get; private set; }

    public void Succeeded(DateTime at) => LastSuccessAt = at;

    public void Failed(DateTime at) => LastFailureAt = at;
}
