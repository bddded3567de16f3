using System.CommandLine;
using Zongzhi.Platform.Backup;

namespace Zongzhi.Cli;

/// <summary>
/// <c>zongzhi restore --from DIR</c>: verifies the manifest's checksums, then restores into an empty installation.
/// Unlike other verbs it does not migrate first: the database must still be empty.
/// </summary>
public static class RestoreCommand
{
    public const int Refused = 1;

    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "备份目录", Required = true };
        var command = new Command("restore", "从备份恢复到空的安装（先校验备份完整性）") { from };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build();
            var result = await host.Services.GetRequiredService<RestoreBackup>().RunAsync(parse.GetValue(from)!, cancellationToken);
            if (result.Value is not { } manifest)
            {
                await Console.Error.WriteLineAsync("错误：" + result.Error!.Message);
                return Refused;
            }

            Console.Out.WriteLine($"已恢复 {manifest.CreatedAt:yyyy-MM-dd HH:mm} (UTC) 的备份。请放回密钥文件，然后运行 zongzhi audit verify。");
            return 0;
        });
        return command;
    }
}
