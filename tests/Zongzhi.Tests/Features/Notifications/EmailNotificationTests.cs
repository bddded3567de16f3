using System.Net;
using System.Net.Sockets;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using netDumbster.smtp;
using Zongzhi.Features.Admin;
using Zongzhi.Features.Notifications.Email;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Notifications;

/// <summary>Optional e-mail of notifications through SMTP (issue 3), against a fake SMTP server on loopback.</summary>
public sealed class EmailNotificationTests
{
    private const string PlatformUrl = "http://10.0.0.8:5080";

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task AssignedSheet_IsMailedOnceToEachDepartmentStaffWithAnAddress(string provider)
    {
        var port = FreePort();
        using var smtp = SimpleSmtpServer.Start(port);
        await using var scenario = await AssignmentScenario.CreateAsync(provider, services: s => UseSmtp(s, port));
        await SetEmailAsync(scenario, AssignmentScenario.JusticeHandler, "handler@town.gov.cn");
        await SetEmailAsync(scenario, AssignmentScenario.JusticeHead, "head@town.gov.cn");

        var (matterId, _) = await scenario.AssignedAsync();
        var first = await MailPassAsync(scenario.App);
        var second = await MailPassAsync(scenario.App);

        Assert.Equal(new SendNotificationEmails.Outcome(2, 0), first);
        Assert.Equal(new SendNotificationEmails.Outcome(0, 0), second);
        var mails = Received(smtp);
        Assert.Equal(["handler@town.gov.cn", "head@town.gov.cn"], mails.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(mails, m =>
        {
            Assert.StartsWith("【综治中心】交办单", m.Subject, StringComparison.Ordinal);
            Assert.Contains("待签收", m.Subject, StringComparison.Ordinal);
            Assert.Contains($"{PlatformUrl}/Assignments?matter={matterId}", m.TextBody, StringComparison.Ordinal);
            Assert.Equal("zongzhi@town.gov.cn", m.From.Mailboxes.Single().Address);
            // Notifications carry no party data; neither does their mail.
            Assert.DoesNotContain("张三", m.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("13812345678", m.TextBody, StringComparison.Ordinal);
        });
        var stored = await scenario.App.WithDbAsync(db => db.Notifications.Where(n => n.EmailSentAt != null).CountAsync(AssignmentScenario.Token));
        Assert.Equal(2, stored);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task ServerDown_MailIsTriedAgainAfterTheRetryTime_AndTheBacklogIsNotMailed(string provider)
    {
        var port = FreePort();
        await using var scenario = await AssignmentScenario.CreateAsync(provider, services: s => UseSmtp(s, port));
        await SetEmailAsync(scenario, AssignmentScenario.JusticeHandler, "handler@town.gov.cn");

        await scenario.AssignedAsync();
        Assert.Equal(new SendNotificationEmails.Outcome(0, 1), await MailPassAsync(scenario.App));
        using var smtp = SimpleSmtpServer.Start(port);
        Assert.Equal(new SendNotificationEmails.Outcome(0, 0), await MailPassAsync(scenario.App)); // claim still fresh
        scenario.App.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(new SendNotificationEmails.Outcome(1, 0), await MailPassAsync(scenario.App));
        Assert.Equal(1, smtp.ReceivedEmailCount);

        // A notification older than MaxAgeHours (e.g. from before e-mail was switched on) stays in the inbox only.
        await scenario.AssignedAsync();
        scenario.MoveTo(scenario.App.Clock.GetUtcNow().AddHours(25));
        Assert.Equal(new SendNotificationEmails.Outcome(0, 0), await MailPassAsync(scenario.App));
        Assert.Equal(1, smtp.ReceivedEmailCount);
        var attempts = await scenario.App.WithDbAsync(db => db.Notifications.Where(n => n.EmailClaimedAt != null).Select(n => n.EmailAttempts).ToListAsync(AssignmentScenario.Token));
        Assert.Equal([2], attempts);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task ParallelPasses_AsOnTwoNodes_MailEachNotificationOnce(string provider)
    {
        var port = FreePort();
        using var smtp = SimpleSmtpServer.Start(port);
        await using var scenario = await AssignmentScenario.CreateAsync(provider, services: s => UseSmtp(s, port));
        await SetEmailAsync(scenario, AssignmentScenario.JusticeHandler, "handler@town.gov.cn");
        for (var i = 0; i < 4; i++)
        {
            await scenario.AssignedAsync();
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => MailPassAsync(scenario.App)));

        Assert.Equal(4, outcomes.Sum(o => o.Sent));
        Assert.Equal(4, smtp.ReceivedEmailCount);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task EmailOff_ByDefault_NothingIsMailed(string provider)
    {
        await using var scenario = await AssignmentScenario.CreateAsync(provider);
        await SetEmailAsync(scenario, AssignmentScenario.JusticeHandler, "handler@town.gov.cn");
        await scenario.AssignedAsync();

        Assert.Equal(new SendNotificationEmails.Outcome(0, 0), await MailPassAsync(scenario.App));
        Assert.Equal(0, await scenario.App.WithDbAsync(db => db.Notifications.CountAsync(n => n.EmailClaimedAt != null, AssignmentScenario.Token)));
    }

    [Fact]
    public async Task SmtpHostWithoutSender_RefusesToStart()
    {
        var failure = await Assert.ThrowsAnyAsync<OptionsValidationException>(async () =>
        {
            await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite,
                s => s.Configure<EmailOptions>(o => o.SmtpHost = "127.0.0.1"));
        });
        Assert.Contains("Zongzhi:Email:From", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task UserEmail_IsCheckedAndKept(string provider)
    {
        await using var scenario = await AssignmentScenario.CreateAsync(provider);
        await using var scope = scenario.App.Scope();
        var create = scope.ServiceProvider.GetRequiredService<CreateUser>();

        var bad = await create.RunAsync(new CreateUser.Request("mailer", "王五", ["DepartmentHandler"], scenario.Town.JusticeOffice, null,
            ZongzhiAppFactory.TestPassword, false, "王五 <not an address"), AssignmentScenario.Token);
        var good = await create.RunAsync(new CreateUser.Request("mailer", "王五", ["DepartmentHandler"], scenario.Town.JusticeOffice, null,
            ZongzhiAppFactory.TestPassword, false, " wangwu@town.gov.cn "), AssignmentScenario.Token);

        Assert.Equal("email", Assert.IsType<Zongzhi.Domain.Shared.ValidationError>(bad.Error).Field);
        Assert.Contains("电子邮箱格式不正确", bad.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("wangwu@town.gov.cn", good.Value!.Email);
    }

    private static void UseSmtp(IServiceCollection services, int port) => services.Configure<EmailOptions>(o =>
    {
        o.SmtpHost = "127.0.0.1";
        o.SmtpPort = port;
        o.Security = SecureSocketOptions.None;
        o.From = "zongzhi@town.gov.cn";
        o.PlatformUrl = PlatformUrl;
        o.TimeoutSeconds = 5;
    });

    private static async Task SetEmailAsync(AssignmentScenario scenario, string userName, string email) =>
        await scenario.App.WithDbAsync(db => db.Users.Where(u => u.UserName == userName)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, email), AssignmentScenario.Token));

    private static async Task<SendNotificationEmails.Outcome> MailPassAsync(ZongzhiAppFactory app)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<SendNotificationEmails>().RunOnceAsync(AssignmentScenario.Token);
    }

    private static List<MimeMessage> Received(SimpleSmtpServer smtp) =>
        [.. smtp.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
