namespace Zongzhi.Features.Notifications.Email;

/// <summary>One outgoing mail; the product's own text, never a party's personal data.</summary>
public sealed record OutgoingEmail(string ToAddress, string ToName, string Subject, string Body);

/// <summary>Hands a mail to the mail server; throws when it is not accepted.</summary>
public interface IEmailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}
