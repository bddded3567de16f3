namespace Zongzhi.Features.Notifications;

/// <summary>
/// An in-app notification (站内通知) to one user. <see cref="DedupKey"/> makes a notification about the same fact
/// (e.g. "deadline 42 overdue on 2026-12-01") exist once per user, however often or on however many nodes the
/// deadline monitor runs. Holds ids and wording about the matter, never a party's personal data.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public NotificationKind Kind { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>Where the user acts on it, e.g. /Matters/Details/12.</summary>
    public string? Link { get; set; }

    public long? MatterId { get; set; }

    public string DedupKey { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }

    /// <summary>When a mailer node took this notification to e-mail it (null: not yet, or e-mail is off).</summary>
    public DateTime? EmailClaimedAt { get; set; }

    /// <summary>When the mail server accepted the mail.</summary>
    public DateTime? EmailSentAt { get; set; }

    public int EmailAttempts { get; set; }
}
