using System.CommandLine;
using Zongzhi.Features.Benchmark;

namespace Zongzhi.Cli;

/// <summary>
/// <c>zongzhi bench --db sqlite|postgres --matters N [--connection …] [--compare bench/results/x.json] [--out bench/results]</c>:
/// seeds a fresh benchmark database with N matters and measures the app against raw-database baselines (see
/// <see cref="BenchRun"/>). Exit 1 when <c>--compare</c> finds a ratio more than 10% below the earlier result.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "性能基准：生成 N 件事项并测量登记、读取、查询、期限监控、月度统计");
        var database = new Option<string>("--db") { Description = "数据库：sqlite 或 postgres", DefaultValueFactory = _ => "sqlite" };
        var matters = new Option<int>("--matters") { Description = "事项数量，例如 10000、100000、1000000", DefaultValueFactory = _ => 10000 };
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL 连接串（库名缺省为 zongzhi_bench_<规模>，运行前重建）" };
        var compare = new Option<string?>("--compare") { Description = "与先前结果 JSON 比较，任一比值下降超过 10% 则退出码为 1" };
        var output = new Option<string>("--out") { Description = "结果目录", DefaultValueFactory = _ => "bench/results" };
        var seconds = new Option<double>("--seconds") { Description = "每个负载步骤的时长（秒）", DefaultValueFactory = _ => 10 };
        var work = new Option<string>("--work-dir") { Description = "基准数据库与密钥文件所在目录", DefaultValueFactory = _ => "bench/work" };
        var noGate = new Option<bool>("--no-write-gate") { Description = "关闭 SQLite 单写入队列（对比用）" };
        command.Options.Add(database);
        command.Options.Add(matters);
        command.Options.Add(connection);
        command.Options.Add(compare);
        command.Options.Add(output);
        command.Options.Add(seconds);
        command.Options.Add(work);
        command.Options.Add(noGate);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var db = DatabaseNames.Parse(parse.GetValue(database));
            if (db is null)
            {
                await Console.Error.WriteLineAsync("错误：--db 应为 sqlite 或 postgres");
                return ZongzhiCommand.BadInput;
            }

            if (parse.GetValue(matters) is < 100 or > 50_000_000)
            {
                await Console.Error.WriteLineAsync("错误：--matters 应在 100 到 50000000 之间");
                return ZongzhiCommand.BadInput;
            }

            if (parse.GetValue(seconds) is < 0.2 or > 600)
            {
                await Console.Error.WriteLineAsync("错误：--seconds 应在 0.2 到 600 之间");
                return ZongzhiCommand.BadInput;
            }

            if (parse.GetValue(compare) is { } earlier && !File.Exists(earlier))
            {
                await Console.Error.WriteLineAsync($"错误：找不到比较文件 {earlier}");
                return ZongzhiCommand.BadInput;
            }

            return await BenchRun.RunAsync(new BenchOptions(db, parse.GetValue(matters), parse.GetValue(connection), parse.GetValue(compare),
                Path.GetFullPath(parse.GetValue(output)!), parse.GetValue(seconds), Path.GetFullPath(parse.GetValue(work)!), !parse.GetValue(noGate)), cancellationToken);
        });
        return command;
    }
}
