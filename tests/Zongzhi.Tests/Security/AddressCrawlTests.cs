using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Demo;
using Zongzhi.Features.Shared;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Issue 7 "no personal data in URLs or logs", as a user meets it: in the demo town, every demo account starts at its
/// workbench and follows every link, menu entry, GET form and redirect it is shown (up to <see cref="PerPattern"/> pages per
/// route shape, e.g. three matter pages), and searches by a party's name, phone and ID number through the search form.
/// No href, src, form action or redirect Location seen on the way, and no log line written at Information for every
/// category, carries a full phone number, ID number or party name of the seeded matters.
/// </summary>
public sealed partial class AddressCrawlTests
{
    private const int PerPattern = 3;
    private const int MaxPagesPerAccount = 400;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task DemoTown_EveryRoleFollowingEveryLinkAndForm_SeesNoPersonalDataInAddressesOrLogs(string provider)
    {
        var log = new CapturedLog();
        await using var app = await ZongzhiAppFactory.CreateAsync(provider, services => services.AddSingleton<ILoggerProvider>(log),
            settings: CapturedLog.EverythingAtInformation);
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

        var parties = await app.WithDbAsync(db => db.Parties.Select(p => new { p.Name, p.Phone, p.IdNumber }).ToListAsync(Ct));
        var secrets = parties.SelectMany(p => new[] { p.Name, p.Phone, p.IdNumber }).OfType<string>().Where(s => s.Length >= 2).Distinct().ToList();
        Assert.True(parties.Count >= 100, $"only {parties.Count} parties seeded");
        var complainant = await app.WithDbAsync(db => db.Parties.Where(p => p.IdNumber != null).Select(p => new { p.Name, p.Phone, p.IdNumber }).FirstAsync(Ct));

        var problems = new List<string>();
        var (pages, addresses) = (0, 0);
        foreach (var account in DemoAccounts.All)
        {
            using var client = app.CreateClient(new() { AllowAutoRedirect = false });
            var login = await client.PostAsJsonAsync("/api/auth/login", new
            {
                userName = account.UserName, password = DemoAccounts.Password,
                code = account.Role == Roles.Administrator ? await app.CurrentCodeAsync(account.UserName) : null,
            }, Ct);
            Assert.True(login.IsSuccessStatusCode, $"{account.UserName}: login {login.StatusCode}");
            var crawl = new Crawl(account.UserName, client, secrets, problems);
            crawl.Enqueue("/");
            foreach (var item in NavigationMenu.Items.Where(i => i.Roles is null || i.Roles.Contains(account.Role)))
            {
                crawl.Enqueue(item.Href);
            }

            if (NavigationMenu.Items.Single(i => i.Href == "/Matters/Search").Roles!.Contains(account.Role))
            {
                // The search form is posted (antiforgery) and redirects to its result page: search as a user would.
                foreach (var words in new[] { complainant.Name, complainant.Phone!, complainant.IdNumber! })
                {
                    crawl.Enqueue(crawl.Check(await SearchPage.ResultUrlAsync(client, words), "search redirect"));
                }
            }

            await crawl.RunAsync();
            pages += crawl.Pages;
            addresses += crawl.Addresses;
        }

        var lines = log.Lines.ToList();
        foreach (var secret in secrets)
        {
            problems.AddRange(lines.Where(l => l.Contains(secret, StringComparison.Ordinal) || l.Contains(Uri.EscapeDataString(secret), StringComparison.Ordinal))
                .Take(3).Select(l => $"log line shows {secret}: {Shorten(l)}"));
        }

        TestContext.Current.SendDiagnosticMessage($"{provider}: {DemoAccounts.All.Count} accounts, {pages} pages fetched, {addresses} addresses checked, "
            + $"{lines.Count} log lines, {secrets.Count} secrets, {problems.Count} problems");
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join('\n', problems.Distinct().Take(60)));
        Assert.True(pages >= DemoAccounts.All.Count * 10, $"only {pages} pages fetched");
        Assert.Contains(lines, l => l.Contains("/Matters/Details/", StringComparison.Ordinal)); // requests were logged
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>One account's walk through the pages it is shown.</summary>
    private sealed partial class Crawl(string account, HttpClient client, IReadOnlyList<string> secrets, List<string> problems)
    {
        private readonly Queue<string> _queue = new();
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _perPattern = new(StringComparer.Ordinal);

        public int Pages { get; private set; }

        public int Addresses { get; private set; }

        public void Enqueue(string url)
        {
            if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) || !_seen.Add(url)
                || url.Contains("logout", StringComparison.OrdinalIgnoreCase) || Static().IsMatch(url))
            {
                return;
            }

            var pattern = Digits().Replace(url.Split('?')[0], "#") + "?" + string.Join('&', QueryKeys().Matches(url).Select(m => m.Groups[1].Value).Order());
            _perPattern[pattern] = _perPattern.GetValueOrDefault(pattern) + 1;
            if (_perPattern[pattern] <= PerPattern)
            {
                _queue.Enqueue(url);
            }
        }

        /// <summary>Records a problem if the address carries a secret (as is, HTML-decoded or URL-decoded); returns it.</summary>
        public string Check(string address, string where)
        {
            Addresses++;
            var decoded = WebUtility.HtmlDecode(address);
            var forms = new[] { address, decoded, Unescape(decoded) };
            problems.AddRange(secrets.Where(s => forms.Any(f => f.Contains(s, StringComparison.Ordinal)))
                .Select(s => $"{account}: {where} {Shorten(address)} carries {s}"));
            return decoded;
        }

        public async Task RunAsync()
        {
            while (_queue.TryDequeue(out var url) && Pages < MaxPagesPerAccount)
            {
                using var response = await client.GetAsync(url, Ct);
                Pages++;
                if ((int)response.StatusCode >= 500)
                {
                    problems.Add($"{account}: GET {url} → {(int)response.StatusCode}");
                }

                if (response.Headers.Location is { } location)
                {
                    Enqueue(Check(location.OriginalString, $"redirect from {url} to"));
                }

                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                var html = await response.Content.ReadAsStringAsync(Ct);
                foreach (Match link in AddressAttributes().Matches(html))
                {
                    var address = Check(link.Groups["url"].Value, $"{link.Groups["kind"].Value} on {url}:");
                    if (link.Groups["kind"].Value == "href")
                    {
                        Enqueue(address.Split('#')[0]);
                    }
                }

                foreach (var form in Forms().Matches(html).Select(m => m.Value).Where(f => f.Contains("method=\"get\"", StringComparison.OrdinalIgnoreCase)))
                {
                    // A GET form submitted as shown (its fields' defaults are already in the page's own address).
                    var action = WebUtility.HtmlDecode(FormAction().Match(form).Groups[1].Value);
                    Enqueue(action.Length == 0 ? url.Split('?')[0] : action);
                }
            }
        }

        private static string Unescape(string text)
        {
            try
            {
                return Uri.UnescapeDataString(text);
            }
            catch (UriFormatException)
            {
                return text;
            }
        }

        [GeneratedRegex("(?<kind>href|src|action|formaction)=\"(?<url>[^\"]*)\"")]
        private static partial Regex AddressAttributes();

        [GeneratedRegex("<form\\b[^>]*>", RegexOptions.IgnoreCase)]
        private static partial Regex Forms();

        [GeneratedRegex("\\baction=\"([^\"]*)\"")]
        private static partial Regex FormAction();

        [GeneratedRegex(@"\d+")]
        private static partial Regex Digits();

        [GeneratedRegex(@"[?&]([^=&#]+)=")]
        private static partial Regex QueryKeys();

        [GeneratedRegex(@"^/(css|js|lib|img|favicon)", RegexOptions.IgnoreCase)]
        private static partial Regex Static();
    }
}
