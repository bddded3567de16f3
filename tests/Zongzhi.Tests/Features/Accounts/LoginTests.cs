using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Accounts;

public sealed class LoginTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksOutEvenTheRightPassword()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("clerk1", Roles.ReceptionClerk);
        using var client = app.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/api/auth/login", new { userName = "clerk1", password = "Wrong-Passw0rd" }, Ct));
        }

        var right = await client.PostAsJsonAsync("/api/auth/login", new { userName = "clerk1", password = ZongzhiAppFactory.TestPassword }, Ct);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        // The answer does not tell a locked account from a wrong password (LoginDisclosureTests); the message says both.
        Assert.Contains(PasswordLogin.GenericFailure, await answers[4].Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains(PasswordLogin.GenericFailure, await right.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "clerk1", Ct));
        Assert.True(user.LockoutEnabled);
        // Identity measures the lockout on the system clock, not the test's fake one.
        Assert.NotNull(user.LockoutEnd);
    }

    [Fact]
    public async Task Login_UnknownUserWrongPasswordDisabledUser_GetTheSameAnswer()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("handler1", Roles.DepartmentHandler);
        var disabled = await app.CreateUserAsync("handler2", Roles.DepartmentHandler);
        await app.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == disabled.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true), Ct);
            return 0;
        });
        using var client = app.CreateClient();

        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { userName = "nobody", password = "Wrong-Passw0rd" }, Ct);
        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { userName = "handler1", password = "Wrong-Passw0rd" }, Ct);
        var off = await client.PostAsJsonAsync("/api/auth/login", new { userName = "handler2", password = ZongzhiAppFactory.TestPassword }, Ct);

        var bodies = new List<string>();
        foreach (var response in new[] { unknown, wrong, off })
        {
            var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
            bodies.Add(problem.GetProperty("title").GetString() + "|" + problem.GetProperty("detail").GetString());
        }

        Assert.All(new[] { unknown, wrong, off }, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Single(bodies.Distinct());
        Assert.Contains("用户名或密码错误", bodies[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_SuccessAndFailure_AreAudited()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var user = await app.CreateUserAsync("clerk2", Roles.ReceptionClerk);
        using var client = app.CreateClient();

        await client.PostAsJsonAsync("/api/auth/login", new { userName = "clerk2", password = "Wrong-Passw0rd" }, Ct);
        await client.PostAsJsonAsync("/api/auth/login", new { userName = "clerk2", password = ZongzhiAppFactory.TestPassword }, Ct);
        await client.PostAsync("/api/auth/logout", null, Ct);

        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == user.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct));
        Assert.Equal(["login.failure", "login.success", "logout"], actions);
    }

    [Fact]
    public async Task FreshInstall_OutsideDemoMode_HasNoUsers()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);

        var count = await app.WithDbAsync(db => db.Users.CountAsync(Ct));

        Assert.Equal(0, count);
    }

    [Fact]
    public async Task Login_EveryUser_HasLockoutEnabled()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var scope = app.Scope();
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value;

        var user = await app.CreateUserAsync("anyone", Roles.Informant);

        Assert.True(options.Lockout.AllowedForNewUsers);
        Assert.Equal(5, options.Lockout.MaxFailedAccessAttempts);
        Assert.Equal(TimeSpan.FromMinutes(15), options.Lockout.DefaultLockoutTimeSpan);
        Assert.True(user.LockoutEnabled);
    }
}
