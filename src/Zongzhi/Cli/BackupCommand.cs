using System.CommandLine;
using Zongzhi.Platform.Backup;

namespace Zongzhi.Cli;

/// <summary><c>zongzhi backup --out DIR</c>: an online backup (database, attachments, manifest.json); the app may keep running.</summary>
public static class BackupCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "备份目录（不存在或为空）", Required = true };
        var command = new Command("backup", "在线备份数据库和附件（不含个人信息密钥）") { output };
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(async (services, ct) =>
        {
            var result = await services.GetRequiredService<CreateBackup>().RunAsync(parse.GetValue(output)!, ct);
            if (result.Value is not { } manifest)
            {
                await Console.Error.WriteLineAsync("错误：" + result.Error!.Message);
                return ZongzhiCommand.BadInput;
            }

            Console.Out.WriteLine($"备份完成：{manifest.Files.Count} 个文件，审计链头序号 {manifest.AuditHeadSequence}。密钥不在备份中，请用 zongzhi keys export 另行保管。");
            return 0;
        }, cancellationToken));
        return command;
    }
}
