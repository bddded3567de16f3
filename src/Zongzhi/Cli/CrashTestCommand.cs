using System.CommandLine;
using Zongzhi.Features.Reliability;

namespace Zongzhi.Cli;

/// <summary>
/// <c>zongzhi crashtest --db sqlite|postgres --cycles 200</c>: kill -9 the app (and PostgreSQL) under load and check that
/// every acknowledged write survived (see <see cref="CrashTestRun"/>). Exit 0 when nothing was lost, 1 otherwise.
/// </summary>
public static class CrashTestCommand
{
    public static Command Create()
    {
        var command = new Command("crashtest", "崩溃测试：在写入负载下强行终止应用（及 PostgreSQL），重启后核对每一条已确认的写入");
        var database = new Option<string>("--db") { Description = "数据库：sqlite 或 postgres（独立的临时实例）", DefaultValueFactory = _ => "sqlite" };
        var cycles = new Option<int>("--cycles") { Description = "终止—重启的轮数", DefaultValueFactory = _ => 200 };
        var clients = new Option<int>("--clients") { Description = "并发客户端数", DefaultValueFactory = _ => 4 };
        var seconds = new Option<double>("--max-run-seconds") { Description = "每轮负载的最长时间（在 0.2 秒到此值之间随机终止）", DefaultValueFactory = _ => 3 };
        var seed = new Option<int?>("--seed") { Description = "随机种子（缺省随机）" };
        var work = new Option<string?>("--work-dir") { Description = "临时数据目录（缺省为系统临时目录）" };
        var output = new Option<string?>("--out") { Description = "结果 JSON 文件" };
        var keep = new Option<bool>("--keep") { Description = "保留数据目录" };
        command.Options.Add(database);
        command.Options.Add(cycles);
        command.Options.Add(clients);
        command.Options.Add(seconds);
        command.Options.Add(seed);
        command.Options.Add(work);
        command.Options.Add(output);
        command.Options.Add(keep);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var db = DatabaseNames.Parse(parse.GetValue(database));
            if (db is null)
            {
                await Console.Error.WriteLineAsync("错误：--db 应为 sqlite 或 postgres");
                return ZongzhiCommand.BadInput;
            }

            if (parse.GetValue(cycles) is < 1 or > 100_000 || parse.GetValue(clients) is < 1 or > 64 || parse.GetValue(seconds) is < 0.2 or > 600)
            {
                await Console.Error.WriteLineAsync("错误：--cycles 应为 1–100000，--clients 1–64，--max-run-seconds 0.2–600");
                return ZongzhiCommand.BadInput;
            }

            var workDir = parse.GetValue(work) ?? Path.Combine(Path.GetTempPath(), "zongzhi-crashtest");
            return await CrashTestRun.RunAsync(new CrashTestOptions(db, parse.GetValue(cycles), parse.GetValue(clients), parse.GetValue(seconds),
                parse.GetValue(seed) ?? Random.Shared.Next(), Path.GetFullPath(workDir), parse.GetValue(output), parse.GetValue(keep)), cancellationToken);
        });
        return command;
    }
}
