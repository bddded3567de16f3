using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Zongzhi.Features.Notifications.Email;

/// <summary>Sends through the configured SMTP server with MailKit, one connection per mail (a few mails a minute).</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From ?? throw new InvalidOperationException("Zongzhi:Email:From is not set")));
        message.To.Add(new MailboxAddress(email.ToName, email.ToAddress));
        message.Subject = email.Subject;
        message.Body = new TextPart("plain") { Text = email.Body };

        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("Zongzhi:Email:SmtpHost is not set"), settings.SmtpPort, settings.Security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
