using System.Text.Json;

namespace Zongzhi.Tests.Cli;

/// <summary><c>zongzhi deadline</c> as a fresh clone runs it: no database set up by hand, the shipped calendar.</summary>
public sealed class DeadlineCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("zongzhi-cli-").FullName;

    [Theory]
    [InlineData("--working-days", "7", "2024-09-27", "2024-10-12", false)]
    [InlineData("--months", "1", "2025-09-01", "2025-10-09", false)]
    [InlineData("--calendar-days", "3", "2024-09-28", "2024-10-08", false)]
    [InlineData("--working-days", "7", "2026-11-28", "2026-12-08", true)]
    public async Task Deadline_Json_PrintsExactlyOneObject(string option, string count, string start, string lastDay, bool provisional)
    {
        var result = await ZongzhiProcess.RunAsync(null, null, _directory, "deadline", "--start", start, option, count, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(["start", "lastDay", "provisional", "calendarVersion"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(start, root.GetProperty("start").GetString());
        Assert.Equal(lastDay, root.GetProperty("lastDay").GetString());
        Assert.Equal(provisional, root.GetProperty("provisional").GetBoolean());
        Assert.True(File.Exists(Path.Combine(_directory, "data", "zongzhi.db")));
    }

    [Fact]
    public async Task Deadline_WithoutJson_PrintsAChineseLine()
    {
        var result = await ZongzhiProcess.RunAsync(null, null, _directory, "deadline", "--start", "2025-09-30", "--working-days", "7");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2025年10月16日", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("start", "--start", "2023-02-29", "--working-days", "7")]
    [InlineData("workingDays", "--start", "2024-09-27", "--working-days", "0")]
    [InlineData("workingDays", "--start", "2024-09-27", "--working-days=-1")]
    [InlineData("calendarDays", "--start", "2024-09-27", "--calendar-days", "3651")]
    [InlineData("period", "--start", "2024-09-27", "--working-days", "7", "--months", "1")]
    [InlineData("period", "--start", "2024-09-27")]
    public async Task Deadline_BadInput_ExitsWithTwoNamingTheField(string field, params string[] args)
    {
        var result = await ZongzhiProcess.RunAsync(null, null, _directory, ["deadline", .. args, "--json"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains(field, result.Error, StringComparison.Ordinal);
        Assert.Contains("错误", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
