using System.CommandLine;

namespace Zongzhi.Cli;

/// <summary>
/// The <c>zongzhi</c> command line: <c>serve</c> (default), <c>deadline</c>, <c>calendar</c>, <c>db</c>, <c>users</c>,
/// <c>audit</c>, <c>keys</c>, <c>backup</c>, <c>restore</c>, <c>bench</c>, <c>crashtest</c>. Bad input
/// exits with code 2 and a message in Chinese on standard error.
/// </summary>
public static class ZongzhiCommand
{
    public const int BadInput = 2;

    private static readonly HashSet<string> Verbs = ["serve", "deadline", "calendar", "db", "users", "seed-demo", "audit", "keys", "backup", "restore", "bench", "crashtest", "--help", "-h", "-?", "--version"];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        // serve is the default verb: anything that does not start with a verb is the web host's own arguments
        // (e.g. --urls, or what WebApplicationFactory passes).
        if (args.Length == 0 || !Verbs.Contains(args[0]))
        {
            return await ServeCommand.ServeAsync(args);
        }

        var root = new RootCommand("Zongzhi 综治中心工作平台")
        {
            ServeCommand.Create(),
            DeadlineCommand.Create(),
            CalendarCommand.Create(),
            DbCommand.Create(),
            UsersCommand.Create(),
            AuditCommand.Create(),
            KeysCommand.Create(),
            BackupCommand.Create(),
            RestoreCommand.Create(),
            BenchCommand.Create(),
            CrashTestCommand.Create(),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync("错误：" + error.Message);
            }

            return BadInput;
        }

        return await parse.InvokeAsync();
    }
}
