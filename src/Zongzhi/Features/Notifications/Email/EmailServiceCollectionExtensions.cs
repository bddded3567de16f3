using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Zongzhi.Features.Notifications.Email;

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddNotificationEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration("Zongzhi:Email")
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.From), "Zongzhi:Email:From is required when Zongzhi:Email:SmtpHost is set")
            .Validate(o => o.SmtpPort is > 0 and < 65536, "Zongzhi:Email:SmtpPort must be a TCP port")
            .Validate(o => o.PollSeconds >= 5 && o.BatchSize > 0 && o.MaxAttempts > 0 && o.RetryMinutes > 0 && o.MaxAgeHours > 0,
                "Zongzhi:Email: PollSeconds >= 5, BatchSize, MaxAttempts, RetryMinutes and MaxAgeHours > 0")
            .ValidateOnStart();
        services.TryAddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddScoped<SendNotificationEmails>();
        return services;
    }
}
