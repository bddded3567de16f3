using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Admin;

namespace Zongzhi.Cli;

/// <summary>
/// <c>zongzhi users add|list|disable|enable|reset-password|reset-2fa</c>: accounts from the server's terminal. The first
/// administrator of an installation is made here (<c>users add --role admin</c>); passwords are typed twice without
/// echo, or read from standard input with <c>--password-stdin</c>.
/// </summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "用户账号：新建、列出、停用、重置密码");
        command.Subcommands.Add(AddCommand());
        command.Subcommands.Add(ListCommand());
        command.Subcommands.Add(SetDisabledCommand("disable", "停用账号（立即失效，不删除）", disabled: true));
        command.Subcommands.Add(SetDisabledCommand("enable", "重新启用账号", disabled: false));
        command.Subcommands.Add(ResetPasswordCommand());
        command.Subcommands.Add(ResetTwoFactorCommand());
        return command;
    }

    private static Command AddCommand()
    {
        var name = new Option<string>("--name") { Description = "登录名（英文字母、数字、- . _ @ +）", Required = true };
        var role = new Option<string[]>("--role") { Description = "角色，可重复：" + RoleNames.Help, Required = true, AllowMultipleArgumentsPerToken = true };
        var displayName = new Option<string>("--display-name") { Description = "姓名", Required = true };
        var department = new Option<string?>("--department") { Description = "所属部门名称（经办人、负责人必填）" };
        var village = new Option<string?>("--village") { Description = "所属村(社区)名称（信息员必填）" };
        var email = new Option<string?>("--email") { Description = "电子邮箱（可选；配置了邮件服务器时接收通知邮件）" };
        var stdin = PasswordStdinOption();
        var add = new Command("add", "新建账号（密码在终端输入两次，不回显）") { name, role, displayName, department, village, email, stdin };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var roles = new List<string>();
            foreach (var value in parse.GetValue(role) ?? [])
            {
                if (RoleNames.Resolve(value) is not { } resolved)
                {
                    return await FailAsync($"没有“{value}”这个角色。可用角色：{RoleNames.Help}");
                }

                roles.Add(resolved);
            }

            var password = await PasswordInput.ReadAsync(parse.GetValue(stdin));
            if (password.Error is { } passwordError)
            {
                return await FailAsync(passwordError);
            }

            return await CliHost.RunAsync(async (services, ct) =>
            {
                var db = services.GetRequiredService<ZongzhiDb>();
                var departmentName = parse.GetValue(department);
                var villageName = parse.GetValue(village);
                var departmentId = departmentName is null ? null : await db.Departments.Where(d => d.Name == departmentName).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct);
                var villageId = villageName is null ? null : await db.Villages.Where(v => v.Name == villageName).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct);
                if (departmentName is not null && departmentId is null)
                {
                    return await FailAsync($"找不到部门“{departmentName}”");
                }

                if (villageName is not null && villageId is null)
                {
                    return await FailAsync($"找不到村(社区)“{villageName}”");
                }

                // The operator chose the password, so no forced change; an administrator still enrols 2FA at first login.
                var result = await services.GetRequiredService<CreateUser>().RunAsync(new CreateUser.Request(
                    parse.GetValue(name), parse.GetValue(displayName), roles, departmentId, villageId, password.Value!, MustChangePassword: false, parse.GetValue(email)), ct);
                if (!result.IsSuccess)
                {
                    return await FailAsync(result.Error!.Message);
                }

                Console.Out.WriteLine($"已新建账号 {result.Value!.UserName}（{string.Join("、", roles.Select(Roles.Label))}）。");
                if (roles.Contains(Roles.Administrator))
                {
                    Console.Out.WriteLine("系统管理员首次登录时须用手机验证器应用启用两步验证。");
                }

                return 0;
            }, cancellationToken);
        });
        return add;
    }

    private static Command ListCommand()
    {
        var list = new Command("list", "列出所有账号");
        list.SetAction((_, cancellationToken) => CliHost.RunAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<ZongzhiDb>();
            var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
            var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
            Console.Out.WriteLine("登录名\t姓名\t角色\t状态\t两步验证");
            foreach (var user in users)
            {
                var labels = string.Join("、", roles.Where(r => r.UserId == user.Id).Select(r => Roles.Label(r.Name ?? "")));
                Console.Out.WriteLine($"{user.UserName}\t{user.DisplayName}\t{labels}\t{(user.IsDisabled ? "已停用" : "正常")}\t{(user.TwoFactorEnabled ? "已启用" : "未启用")}");
            }

            return 0;
        }, cancellationToken));
        return list;
    }

    private static Command SetDisabledCommand(string verb, string description, bool disabled)
    {
        var name = new Argument<string>("name") { Description = "登录名" };
        var command = new Command(verb, description) { name };
        command.SetAction((parse, cancellationToken) => WithUserAsync(parse.GetValue(name)!, async (services, user, ct) =>
        {
            var result = await services.GetRequiredService<SetUserDisabled>().RunAsync(user.Id, disabled, ct);
            return result.IsSuccess ? Done($"账号 {user.UserName} 已{(disabled ? "停用" : "启用")}。") : await FailAsync(result.Error!.Message);
        }, cancellationToken));
        return command;
    }

    private static Command ResetPasswordCommand()
    {
        var name = new Argument<string>("name") { Description = "登录名" };
        var stdin = PasswordStdinOption();
        var command = new Command("reset-password", "重置密码并解除锁定（新密码在终端输入两次）") { name, stdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var password = await PasswordInput.ReadAsync(parse.GetValue(stdin));
            if (password.Error is { } passwordError)
            {
                return await FailAsync(passwordError);
            }

            return await WithUserAsync(parse.GetValue(name)!, async (services, user, ct) =>
            {
                var result = await services.GetRequiredService<ResetUserPassword>().RunAsync(user.Id, password.Value, mustChangePassword: false, ct);
                return result.IsSuccess ? Done($"账号 {user.UserName} 的密码已重置，锁定已解除。") : await FailAsync(result.Error!.Message);
            }, cancellationToken);
        });
        return command;
    }

    private static Command ResetTwoFactorCommand()
    {
        var name = new Argument<string>("name") { Description = "登录名" };
        var command = new Command("reset-2fa", "关闭两步验证（手机丢失时）；管理员下次登录须重新启用") { name };
        command.SetAction((parse, cancellationToken) => WithUserAsync(parse.GetValue(name)!, async (services, user, ct) =>
        {
            var result = await services.GetRequiredService<ResetUserTwoFactor>().RunAsync(user.Id, ct);
            return result.IsSuccess ? Done($"账号 {user.UserName} 的两步验证已重置。") : await FailAsync(result.Error!.Message);
        }, cancellationToken));
        return command;
    }

    private static Option<bool> PasswordStdinOption() => new("--password-stdin") { Description = "从标准输入读取密码（一行，供脚本使用）" };

    private static Task<int> WithUserAsync(string userName, Func<IServiceProvider, ZongzhiUser, CancellationToken, Task<int>> work, CancellationToken cancellationToken) =>
        CliHost.RunAsync(async (services, ct) =>
        {
            var user = await services.GetRequiredService<UserManager<ZongzhiUser>>().FindByNameAsync(userName);
            return user is null ? await FailAsync($"找不到账号“{userName}”") : await work(services, user, ct);
        }, cancellationToken);

    private static int Done(string message)
    {
        Console.Out.WriteLine(message);
        return 0;
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync("错误：" + message);
        return ZongzhiCommand.BadInput;
    }
}
