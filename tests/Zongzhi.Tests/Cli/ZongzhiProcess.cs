using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Cli;

/// <summary>The built <c>zongzhi</c> program run as a child process, as an administrator would run it.</summary>
public static class ZongzhiProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <summary>Runs a verb on <paramref name="database"/>, or with no database setting at all in <paramref name="workingDirectory"/>.</summary>
    public static async Task<Outcome> RunAsync(TestDatabase? database, string? input, string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (database is not null)
        {
            start.Environment["ConnectionStrings__Zongzhi"] = database.ConnectionString;
            start.Environment["Zongzhi__Database"] = database.Provider;
        }

        start.Environment["Zongzhi__Demo"] = "false";
        if (Environment.GetEnvironmentVariable("ZONGZHI_TEST_ENSURE_CREATED") == "1")
        {
            start.Environment["Zongzhi__Schema"] = "EnsureCreated";
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        SqliteConnection.ClearAllPools();
        return new Outcome(process.ExitCode, await output, await error);
    }
}
