using MailKit.Security;

namespace Zongzhi.Features.Notifications.Email;

/// <summary>
/// Optional e-mail of notifications (通知邮件), section Zongzhi:Email. Off unless <see cref="SmtpHost"/> is set; the
/// in-app inbox is always the record, e-mail is only a nudge to look at it.
/// </summary>
public sealed class EmailOptions
{
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    /// <summary>Auto (STARTTLS when offered), None, StartTls, SslOnConnect.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address, e.g. zongzhi@town.gov.cn; required when e-mail is on.</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = "综治中心工作平台";

    /// <summary>The address staff open the platform at, for the link in the mail, e.g. http://10.1.2.3:5080.</summary>
    public string? PlatformUrl { get; set; }

    public int PollSeconds { get; set; } = 30;

    public int BatchSize { get; set; } = 100;

    /// <summary>Notifications older than this are not mailed (e.g. when e-mail is switched on, the backlog stays in the inbox).</summary>
    public int MaxAgeHours { get; set; } = 24;

    public int MaxAttempts { get; set; } = 5;

    /// <summary>A claimed mail not confirmed sent within this time (a node died, the server refused) is tried again.</summary>
    public int RetryMinutes { get; set; } = 10;

    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Whether this node's background mailer runs (tests run the passes themselves, at the fake clock's time).</summary>
    public bool Background { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(SmtpHost);
}
