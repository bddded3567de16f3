using Microsoft.Extensions.Options;
using Zongzhi.Features.Notifications.Email;

namespace Zongzhi.Jobs;

/// <summary>
/// Runs <see cref="SendNotificationEmails"/> every Zongzhi:Email:PollSeconds when e-mail is configured; does nothing
/// otherwise. A failed pass is logged and the next one tries again.
/// </summary>
public sealed class NotificationMailer(IServiceScopeFactory scopes, TimeProvider time, IOptions<EmailOptions> options,
    ILogger<NotificationMailer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || !options.Value.Background)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var outcome = await scope.ServiceProvider.GetRequiredService<SendNotificationEmails>().RunOnceAsync(stoppingToken);
                if (outcome.Sent + outcome.Failed > 0)
                {
                    logger.LogInformation("Notification mailer: {Sent} sent, {Failed} failed", outcome.Sent, outcome.Failed);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Notification mailer pass failed");
            }
        }
    }
}
