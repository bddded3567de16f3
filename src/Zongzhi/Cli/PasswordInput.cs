using System.Text;

namespace Zongzhi.Cli;

/// <summary>Reads a new password: typed twice on the terminal without echo, or one line of standard input for scripts.</summary>
public static class PasswordInput
{
    public sealed record Outcome(string? Value, string? Error);

    public static async Task<Outcome> ReadAsync(bool fromStandardInput)
    {
        if (fromStandardInput)
        {
            var line = await Console.In.ReadLineAsync();
            return string.IsNullOrEmpty(line) ? new Outcome(null, "标准输入中没有密码") : new Outcome(line, null);
        }

        if (Console.IsInputRedirected)
        {
            return new Outcome(null, "请在终端中运行以输入密码，或使用 --password-stdin 从标准输入读取");
        }

        var first = Prompt("请输入密码：");
        var second = Prompt("请再次输入密码：");
        return first.Length == 0 ? new Outcome(null, "密码不能为空")
            : first != second ? new Outcome(null, "两次输入的密码不一致")
            : new Outcome(first, null);
    }

    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                {
                    text.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
