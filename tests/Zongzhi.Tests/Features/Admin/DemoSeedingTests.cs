using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Demo;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Admin;

public sealed class DemoSeedingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedDemoData_OnEmptyInstallation_CreatesOneUserPerRoleAndTheTown()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var scope = app.Scope();
        var seed = scope.ServiceProvider.GetRequiredService<SeedDemoData>();

        var first = await seed.RunAsync(Ct);
        var second = await seed.RunAsync(Ct);

        Assert.True(first);
        Assert.False(second);
        var roles = await app.WithDbAsync(db => (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select r.Name).Distinct().ToListAsync(Ct));
        Assert.Equal(Roles.All.Order(), roles.Order());
        var users = await app.WithDbAsync(db => db.Users.ToListAsync(Ct));
        Assert.All(users, u => Assert.False(u.MustChangePassword));
        Assert.All(users, u => Assert.True(u.LockoutEnabled));
        Assert.True(await app.WithDbAsync(db => db.Departments.CountAsync(d => d.IsCenterDepartment, Ct)) >= 9);
        Assert.True(await app.WithDbAsync(db => db.Departments.AnyAsync(d => !d.IsCenterDepartment, Ct)));
        Assert.Equal(10, await app.WithDbAsync(db => db.Villages.CountAsync(Ct)));
    }

    [Fact]
    public async Task DemoAccount_Login_WorksWithTheDemoPasswordAndNoForcedChange()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<SeedDemoData>().RunAsync(Ct);
        }

        using var client = app.CreateClient();

        var login = await client.PostAsync("/api/auth/login",
            System.Net.Http.Json.JsonContent.Create(new { userName = "handler", password = DemoAccounts.Password }), Ct);
        var rules = await client.GetAsync("/api/settings/rules", Ct);

        Assert.Equal(System.Net.HttpStatusCode.NoContent, login.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, rules.StatusCode);
    }

    [Fact]
    public void DemoLoginsBanner_ListsEveryAccountAndThePassword()
    {
        var text = DemoLoginsBanner.Render();

        Assert.Contains(DemoAccounts.Password, text, StringComparison.Ordinal);
        Assert.All(DemoAccounts.All, a => Assert.Contains(a.UserName, text, StringComparison.Ordinal));
        Assert.Contains("系统管理员", text, StringComparison.Ordinal);
    }
}
