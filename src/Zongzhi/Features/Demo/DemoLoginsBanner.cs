using System.Globalization;
using System.Text;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform;

namespace Zongzhi.Features.Demo;

/// <summary>In demo mode, prints the demo logins as a table when the web app starts.</summary>
public sealed class DemoLoginsBanner(IConfiguration configuration) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (DemoMode.IsOn(configuration))
        {
            Console.Out.Write(Render());
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static string Render()
    {
        var rows = DemoAccounts.All
            .Select(a => new[] { a.UserName, a.DisplayName, Roles.Label(a.Role), a.Department ?? a.Village ?? "" })
            .Prepend(["登录名", "姓名", "角色", "部门/村(社区)"]).ToList();
        var widths = Enumerable.Range(0, 4).Select(i => rows.Max(r => Width(r[i]))).ToArray();
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("==== 演示模式（Zongzhi:Demo=true）：以下演示账号的密码均为 " + DemoAccounts.Password + " ====");
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            text.AppendLine(string.Join("  ", row.Select((cell, i) => cell + new string(' ', widths[i] - Width(cell)))).TrimEnd());
            if (index == 0)
            {
                text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }

        text.AppendLine("演示模式不要用于真实数据。正式使用请关闭演示模式，并用 zongzhi users add --role admin 创建管理员。");
        text.AppendLine();
        return text.ToString();
    }

    // A CJK character takes two columns in a terminal.
    private static int Width(string text) => text.Sum(c => char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter || c > 0x2E80 ? 2 : 1);
}
