using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Zongzhi.Platform.Backup;

/// <summary>Runs <c>pg_dump</c> / <c>pg_restore</c> from PATH with the app's connection (password through PGPASSWORD, never argv).</summary>
public static class PostgresTools
{
    public static Task DumpAsync(string connectionString, string file, CancellationToken cancellationToken) =>
        RunAsync("pg_dump", connectionString, ["--format=custom", "--file", file], cancellationToken);

    public static Task RestoreAsync(string connectionString, string file, CancellationToken cancellationToken) =>
        RunAsync("pg_restore", connectionString, ["--no-owner", "--exit-on-error", file], cancellationToken);

    private static async Task RunAsync(string tool, string connectionString, string[] arguments, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in (string[])["-h", builder.Host ?? "localhost", "-p", builder.Port.ToString(CultureInfo.InvariantCulture),
                     "-U", builder.Username ?? "", "-d", builder.Database ?? "", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = builder.Password ?? "";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"找不到 {tool}：请安装 PostgreSQL 客户端工具并加入 PATH。");
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} 失败（退出码 {process.ExitCode}）：{await errors}");
            }
        }
    }
}
