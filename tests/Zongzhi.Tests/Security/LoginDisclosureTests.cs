using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Demo;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Issue 9 suite 4: a fresh production install (not demo mode) has no account, so no demo or customary default login
/// works; and the login page and the API answer an unknown user, a wrong password, a disabled account and a locked-out
/// account identically (status, headers, body), so neither tells whether an account exists or is locked — while the
/// lockout itself (5 failures, 15 minutes) still holds.
/// </summary>
public sealed partial class LoginDisclosureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Customary default logins of other products, tried beside the demo accounts.</summary>
    private static readonly (string UserName, string Password)[] CustomaryDefaults =
    [
        ("admin", "admin"), ("admin", "123456"), ("admin", "Admin@123"), ("admin", "password"), ("administrator", "administrator"),
        ("root", "root"), ("test", "test"), ("zongzhi", "zongzhi"),
    ];

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task FreshProductionInstall_HasNoAccounts_AndNoDemoOrDefaultLoginWorks(string provider)
    {
        // ZongzhiAppFactory starts the app as production does: Zongzhi:Demo=false, a new database migrated and seeded
        // at start (DatabaseStartup).
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        Assert.False(Zongzhi.Platform.DemoMode.IsOn(app.Services.GetRequiredService<IConfiguration>()));

        var users = await app.WithDbAsync(db => db.Users.CountAsync(Ct));
        var userRoles = await app.WithDbAsync(db => db.UserRoles.CountAsync(Ct));
        Assert.Equal(0, users);
        Assert.Equal(0, userRoles);

        var tried = DemoAccounts.All.Select(a => (a.UserName, DemoAccounts.Password)).Concat(CustomaryDefaults).ToList();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var (userName, password) in tried)
        {
            var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password }, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{userName}: {(int)response.StatusCode}");
            Assert.Contains(PasswordLogin.GenericFailure, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        foreach (var userName in new[] { "admin", "clerk", "director" })
        {
            var (status, _, errors) = await PageLoginAsync(app, userName, DemoAccounts.Password);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains(PasswordLogin.GenericFailure, errors, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me", Ct)).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(Ct)));
        TestContext.Current.TestOutputHelper?.WriteLine($"fresh install ({provider}): 0 accounts, {tried.Count} API logins and 3 page logins refused");
    }

    /// <summary>
    /// The settings shipped with the app turn demo mode on only in the Development environment (dotnet run); a Release
    /// build's default is off (DemoMode.DefaultOn), so an installation without Zongzhi:Demo creates no account.
    /// </summary>
    [Fact]
    public void ShippedSettings_TurnDemoModeOnOnlyForDevelopment()
    {
        var project = Path.Combine(SecurityHeadersTests.RepositoryRoot(), "src", "Zongzhi");
        var demoOn = Directory.EnumerateFiles(project, "appsettings*.json")
            .Where(file => JsonNode.Parse(File.ReadAllText(file))?["Zongzhi"]?["Demo"]?.GetValue<bool>() == true)
            .Select(Path.GetFileName)
            .ToList();

        Assert.Equal(["appsettings.Development.json"], demoOn);
    }

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task UnknownUser_WrongPassword_Disabled_AndLockedOut_GetIdenticalAnswers_AndTheLockoutHolds(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var locked = await app.CreateUserAsync("clerk1", Roles.ReceptionClerk);
        var disabled = await app.CreateUserAsync("clerk2", Roles.ReceptionClerk);
        await app.CreateUserAsync("clerk3", Roles.ReceptionClerk);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == disabled.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true), Ct));
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        async Task<(HttpStatusCode Status, string Shape)> ApiAsync(string userName, string password)
        {
            using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password }, Ct);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();
            body.Remove("traceId");
            var headers = response.Headers.Concat(response.Content.Headers).Select(h => h.Key).Order(StringComparer.OrdinalIgnoreCase);
            return (response.StatusCode, response.Content.Headers.ContentType + " " + string.Join(",", headers) + " " + body.ToJsonString(Readable));
        }

        var answers = new List<(string What, HttpStatusCode Status, string Shape)>();
        async Task AddAsync(string what, string userName, string password)
        {
            var (status, shape) = await ApiAsync(userName, password);
            answers.Add((what, status, shape));
        }

        await AddAsync("unknown user", "nobody", "Wrong-Passw0rd");
        for (var i = 1; i <= 5; i++)
        {
            await AddAsync($"wrong password {i}", "clerk1", "Wrong-Passw0rd");
        }

        await AddAsync("locked out, right password", "clerk1", ZongzhiAppFactory.TestPassword);
        await AddAsync("locked out, wrong password", "clerk1", "Wrong-Passw0rd");
        await AddAsync("disabled, right password", "clerk2", ZongzhiAppFactory.TestPassword);
        await AddAsync("unknown user again", "nobody2", ZongzhiAppFactory.TestPassword);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.True(answers.Select(a => a.Shape).Distinct().Count() == 1,
            "the API's answers differ:\n" + string.Join("\n", answers.Select(a => a.What + ": " + a.Shape)));
        Assert.Contains(PasswordLogin.GenericFailure, answers[0].Shape, StringComparison.Ordinal);

        // The login page: the same status, message and page (the echoed user name and the form token aside).
        var pages = new List<(string What, HttpStatusCode Status, string Page, string Errors)>();
        foreach (var (what, userName, password) in new[]
        {
            ("unknown user", "nobody", "Wrong-Passw0rd"),
            ("wrong password", "clerk3", "Wrong-Passw0rd"),
            ("locked out, right password", "clerk1", ZongzhiAppFactory.TestPassword),
            ("disabled, right password", "clerk2", ZongzhiAppFactory.TestPassword),
        })
        {
            var (status, page, errors) = await PageLoginAsync(app, userName, password);
            pages.Add((what, status, page, errors));
        }

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.All(pages, p => Assert.Contains(PasswordLogin.GenericFailure, p.Errors, StringComparison.Ordinal));
        Assert.True(pages.Select(p => p.Page).Distinct().Count() == 1,
            "the login page differs between " + string.Join(", ", pages.GroupBy(p => p.Page).Select(g => string.Join("/", g.Select(p => p.What)))));

        // The lockout holds (the right password was refused above, and the audit trail says why) and is temporary.
        // Identity measures the lockout on the system clock, not the test's fake one.
        var now = TimeProvider.System.GetUtcNow();
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == locked.Id, Ct));
        Assert.True(user.LockoutEnd > now.AddMinutes(14), $"lockout ends {user.LockoutEnd}");
        Assert.True(user.LockoutEnd <= now.AddMinutes(15), $"lockout ends {user.LockoutEnd}");
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == locked.Id).Select(a => a.Action).ToListAsync(Ct));
        Assert.Contains("login.lockedOut", actions);
        Assert.DoesNotContain("login.success", actions);

        await using (var scope = app.Scope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<UserManager<ZongzhiUser>>();
            var current = await manager.FindByIdAsync(locked.Id);
            await manager.SetLockoutEndDateAsync(current!, now.AddSeconds(-1));
        }

        var afterLockout = await client.PostAsJsonAsync("/api/auth/login", new { userName = "clerk1", password = ZongzhiAppFactory.TestPassword }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, afterLockout.StatusCode);
    }

    private static async Task<(HttpStatusCode Status, string Page, string Errors)> PageLoginAsync(ZongzhiAppFactory app, string userName, string password)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var html = await client.GetStringAsync("/Accounts/Login", Ct);
        var token = FormToken().Match(html).Groups[1].Value;
        using var response = await client.PostAsync("/Accounts/Login", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.UserName", userName), new("Input.Password", password)]), Ct);
        var page = await response.Content.ReadAsStringAsync(Ct);
        var errors = string.Join("|", ValidationSummary().Matches(page).Select(m => m.Groups[1].Value));
        return (response.StatusCode, ValueAttribute().Replace(page, "value=\"\""), errors);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("validation-summary[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex ValidationSummary();

    [GeneratedRegex("value=\"[^\"]*\"")]
    private static partial Regex ValueAttribute();
}
