using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Demo;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Workbench;

/// <summary>
/// Every role's workbench in the demo town: each tile, list and notification link on the home page and in the menu
/// leads to a page that role may open (200) — not a refusal, a missing page or a server error.
/// </summary>
public sealed partial class WorkbenchLinksTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task DemoTown_EveryWorkbenchLinkOfEveryRole_Opens(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        await using (var scope = app.Scope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<SeedDemoData>().RunAsync(Ct));
            // Outside demo mode an administrator signs in with two-factor: enrol the demo administrator.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ZongzhiUser>>();
            foreach (var admin in await users.GetUsersInRoleAsync(Roles.Administrator))
            {
                await users.ResetAuthenticatorKeyAsync(admin);
                await users.SetTwoFactorEnabledAsync(admin, true);
            }
        }

        var failures = new List<string>();
        var followed = 0;
        foreach (var account in DemoAccounts.All)
        {
            using var client = app.CreateClient(new() { AllowAutoRedirect = false });
            var isAdmin = account.Role == Roles.Administrator;
            var login = await client.PostAsJsonAsync("/api/auth/login", new
            {
                userName = account.UserName, password = DemoAccounts.Password, code = isAdmin ? await app.CurrentCodeAsync(account.UserName) : null,
            }, Ct);
            Assert.True(login.IsSuccessStatusCode, $"{account.UserName}: login {login.StatusCode}");
            var home = await client.GetAsync("/", Ct);
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            var html = await home.Content.ReadAsStringAsync(Ct);
            var links = Links().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
                .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/Accounts/Logout", StringComparison.Ordinal)
                    && !href.StartsWith("/css/", StringComparison.Ordinal) && !href.StartsWith("/js/", StringComparison.Ordinal) && !href.StartsWith("/lib/", StringComparison.Ordinal))
                .Distinct().ToList();
            Assert.NotEmpty(links);
            foreach (var href in links)
            {
                var response = await client.GetAsync(href, Ct);
                followed++;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{account.UserName} ({account.Role}) {href} → {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(followed > DemoAccounts.All.Count * 3, $"only {followed} links followed");
    }

    [GeneratedRegex("href=\"([^\"#]+)\"")]
    private static partial Regex Links();
}
