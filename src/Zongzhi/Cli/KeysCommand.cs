using System.CommandLine;
using Zongzhi.Platform.Audit;
using Zongzhi.Platform.Privacy;

namespace Zongzhi.Cli;

/// <summary>
/// <c>zongzhi keys rotate</c>: a new current personal data key, and every encrypted column re-encrypted with it.
/// <c>zongzhi keys export --out FILE</c>: a copy of the key file (mode 0600) to keep apart from the backups.
/// </summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var command = new Command("keys", "个人信息加密密钥");
        var rotate = new Command("rotate", "生成新的当前密钥，并用它重新加密已存的身份证号、电话号码");
        rotate.SetAction((_, cancellationToken) => CliHost.RunAsync(async (services, ct) =>
        {
            var outcome = await services.GetRequiredService<RotatePersonalDataKey>().RunAsync(ct);
            Console.Out.WriteLine($"当前密钥已换为 {outcome.KeyId}；重新加密 {outcome.Reencrypted} 条记录。旧密钥仍保留在密钥文件中。");
            return 0;
        }, cancellationToken));

        var output = new Option<string>("--out") { Description = "导出到的文件（不得已存在）", Required = true };
        var export = new Command("export", "导出密钥文件（与数据库备份分开保管）") { output };
        export.SetAction((parse, cancellationToken) => CliHost.RunAsync(async (services, ct) =>
        {
            var path = Path.GetFullPath(parse.GetValue(output)!);
            if (File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"错误：文件 {path} 已存在");
                return ZongzhiCommand.BadInput;
            }

            var ring = services.GetRequiredService<PersonalDataProtector>().Ring;
            var target = new PersonalDataKeySource(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [PersonalDataKeySource.KeyFileSetting] = path }).Build());
            target.Save(ring, createOnly: true);
            services.GetRequiredService<AuditTrail>().Record("PersonalDataKey", ring.CurrentKeyId, "keys.export", new { keyIds = ring.Keys.Keys });
            await services.GetRequiredService<Data.ZongzhiDb>().SaveChangesAsync(ct);
            Console.Out.WriteLine($"密钥已导出到 {path}（权限 0600）。请与备份分开保管。");
            return 0;
        }, cancellationToken));

        command.Subcommands.Add(rotate);
        command.Subcommands.Add(export);
        return command;
    }
}
