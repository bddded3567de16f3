using System.CommandLine;
using System.Globalization;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Cli;

/// <summary>
/// <c>zongzhi audit verify</c>: walks the hash chain; exit 0 when intact, 1 naming the first broken entry.
/// <c>zongzhi audit purge</c>: the retention job (entries older than Zongzhi:Audit:RetentionDays, at least 180).
/// </summary>
public static class AuditCommand
{
    public const int Broken = 1;

    public static Command Create()
    {
        var command = new Command("audit", "审计记录");
        var verify = new Command("verify", "校验审计记录哈希链，指出第一条被篡改或缺失的记录");
        verify.SetAction((_, cancellationToken) => CliHost.RunAsync(async (services, ct) =>
        {
            var report = await services.GetRequiredService<VerifyAuditChain>().RunAsync(ct);
            if (report.IsIntact)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"审计链完整：已校验 {report.Checked} 条；链头序号 {report.HeadSequence}，哈希 {report.HeadHash}"));
                return 0;
            }

            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"审计链断裂：第一条异常记录 序号 {report.BrokenSequence}（Id {report.BrokenId}）：{report.Problem}；此前 {report.Checked} 条完好。"));
            return Broken;
        }, cancellationToken));

        var purge = new Command("purge", "删除超过保存期限的审计记录（本操作本身记入审计）");
        purge.SetAction((_, cancellationToken) => CliHost.RunAsync(async (services, ct) =>
        {
            var outcome = await services.GetRequiredService<PurgeExpiredAuditEntries>().RunAsync(ct);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"已删除 {outcome.DeleteBefore:yyyy-MM-dd HH:mm} (UTC) 之前的审计记录 {outcome.Deleted} 条。"));
            return 0;
        }, cancellationToken));

        command.Subcommands.Add(verify);
        command.Subcommands.Add(purge);
        return command;
    }
}
