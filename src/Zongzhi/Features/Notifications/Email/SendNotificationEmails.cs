using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zongzhi.Data;
using Zongzhi.Platform;

namespace Zongzhi.Features.Notifications.Email;

/// <summary>
/// One pass of the mailer: mails recent unsent notifications to users who have an e-mail address. Several nodes may
/// run it at once; a conditional update claims each notification, so only one node mails it. A mail that fails (or
/// whose node dies before confirming it) is tried again after <see cref="EmailOptions.RetryMinutes"/>, up to
/// <see cref="EmailOptions.MaxAttempts"/> times — so a crash between sending and confirming can repeat a mail, never lose it.
/// </summary>
public sealed class SendNotificationEmails(ZongzhiDb db, IEmailSender sender, IOptions<EmailOptions> options, TownClock clock,
    ILogger<SendNotificationEmails> logger)
{
    public sealed record Outcome(int Sent, int Failed);

    public async Task<Outcome> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return new Outcome(0, 0);
        }

        var now = clock.UtcNow();
        var oldest = now.AddHours(-settings.MaxAgeHours);
        var retryBefore = now.AddMinutes(-settings.RetryMinutes);
        var due = await (from n in db.Notifications.AsNoTracking()
                         join u in db.Users on n.UserId equals u.Id
                         where n.EmailSentAt == null && n.CreatedAt >= oldest && n.EmailAttempts < settings.MaxAttempts
                               && (n.EmailClaimedAt == null || n.EmailClaimedAt < retryBefore)
                               && u.Email != null && u.Email != "" && !u.IsDisabled
                         orderby n.Id
                         select new { n.Id, n.Title, n.Body, n.Link, n.EmailClaimedAt, Address = u.Email!, Name = u.DisplayName })
            .Take(settings.BatchSize).ToListAsync(cancellationToken);

        int sent = 0, failed = 0;
        foreach (var item in due)
        {
            var claimed = await db.Notifications
                .Where(n => n.Id == item.Id && n.EmailSentAt == null && n.EmailClaimedAt == item.EmailClaimedAt)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailClaimedAt, now).SetProperty(n => n.EmailAttempts, n => n.EmailAttempts + 1), cancellationToken);
            if (claimed == 0)
            {
                continue; // another node took it
            }

            try
            {
                await sender.SendAsync(Compose(settings, item.Address, item.Name, item.Title, item.Body, item.Link), cancellationToken);
                await db.Notifications.Where(n => n.Id == item.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailSentAt, now), cancellationToken);
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The address is staff data: the log names the notification only.
                logger.LogWarning(exception, "E-mail of notification {NotificationId} failed; it is tried again later", item.Id);
                failed++;
            }
        }

        return new Outcome(sent, failed);
    }

    public static OutgoingEmail Compose(EmailOptions settings, string address, string name, string title, string body, string? link)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var where = settings.PlatformUrl is { Length: > 0 } url && link is { Length: > 0 }
            ? $"请登录综治中心工作平台办理：{url.TrimEnd('/')}{link}"
            : "请登录综治中心工作平台查看。";
        var text = $"{name}，您好：\n\n{title}\n{body}\n\n{where}\n\n（此邮件由系统自动发送，请勿回复；以平台站内通知为准。）\n";
        return new OutgoingEmail(address, name, $"【综治中心】{title}", text);
    }
}
