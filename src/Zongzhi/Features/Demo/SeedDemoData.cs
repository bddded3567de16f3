using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Features.Admin;

namespace Zongzhi.Features.Demo;

/// <summary>
/// Demo mode's first start: the town's departments, outside units and villages, one account per role with the demo
/// password (no forced change), then every registered <see cref="IDemoSeeder"/> (matters …). Runs only while the
/// installation has no users, so a real installation is never touched.
/// </summary>
public sealed class SeedDemoData(ZongzhiDb db, CreateUser createUser, IEnumerable<IDemoSeeder> seeders, ILogger<SeedDemoData> logger)
{
    public async Task<bool> RunAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return false;
        }

        var order = await db.Departments.CountAsync(cancellationToken);
        foreach (var (name, isCenter) in DemoAccounts.CenterDepartments.Select(n => (n, true)).Concat(DemoAccounts.OutsideUnits.Select(n => (n, false))))
        {
            if (!await db.Departments.AnyAsync(d => d.Name == name, cancellationToken))
            {
                db.Departments.Add(new Department { Name = name, IsCenterDepartment = isCenter, SortOrder = ++order });
            }
        }

        order = await db.Villages.CountAsync(cancellationToken);
        foreach (var (name, isCommunity) in DemoAccounts.Villages)
        {
            if (!await db.Villages.AnyAsync(v => v.Name == name, cancellationToken))
            {
                db.Villages.Add(new Village { Name = name, IsCommunity = isCommunity, SortOrder = ++order });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Name, d => d.Id, cancellationToken);
        var villages = await db.Villages.ToDictionaryAsync(v => v.Name, v => v.Id, cancellationToken);
        var users = new Dictionary<string, string>();
        foreach (var account in DemoAccounts.All)
        {
            var result = await createUser.RunAsync(new CreateUser.Request(account.UserName, account.DisplayName, [account.Role],
                account.Department is null ? null : departments[account.Department],
                account.Village is null ? null : villages[account.Village],
                DemoAccounts.Password, MustChangePassword: false), cancellationToken);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException($"Demo account {account.UserName}: {result.Error!.Message}");
            }

            users[account.UserName] = result.Value!.Id;
        }

        var town = new DemoTown(departments, villages, users);
        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(town, cancellationToken);
        }

        logger.LogInformation("Demo data seeded: {Users} users, {Departments} departments, {Villages} villages", users.Count, departments.Count, villages.Count);
        return true;
    }
}
