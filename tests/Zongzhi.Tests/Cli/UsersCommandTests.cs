using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Cli;

/// <summary>The built <c>zongzhi</c> program run as a child process on a fresh SQLite database.</summary>
public sealed class UsersCommandTests
{
    [Fact]
    public async Task UsersAdd_FirstAdministrator_IsCreatedAndListed()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var add = await RunAsync(database, "New-Admin-2026\n", "users", "add", "--name", "linTao", "--role", "admin", "--display-name", "林涛", "--password-stdin");
        var list = await RunAsync(database, null, "users", "list");
        var duplicate = await RunAsync(database, "New-Admin-2026\n", "users", "add", "--name", "linTao", "--role", "admin", "--display-name", "林涛", "--password-stdin");

        Assert.Equal(0, add.ExitCode);
        Assert.Contains("两步验证", add.Output, StringComparison.Ordinal);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("linTao", list.Output, StringComparison.Ordinal);
        Assert.Contains("系统管理员", list.Output, StringComparison.Ordinal);
        Assert.Equal(2, duplicate.ExitCode);
        Assert.Contains("已被使用", duplicate.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Abc-12345", "nobody", "没有“nobody”这个角色")]
    [InlineData("weakpass", "clerk", "三类")]
    [InlineData("Abc-12345", "handler", "必须选择所属部门")]
    public async Task UsersAdd_BadInput_ExitsWithTwoAndAChineseMessage(string password, string role, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await RunAsync(database, password + "\n", "users", "add", "--name", "u1", "--role", role, "--display-name", "某人", "--password-stdin");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersDisableAndResetPassword_UnknownUser_ExitsWithTwo()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var disable = await RunAsync(database, null, "users", "disable", "ghost");

        Assert.Equal(2, disable.ExitCode);
        Assert.Contains("找不到账号", disable.Error, StringComparison.Ordinal);
    }

    private static Task<ZongzhiProcess.Outcome> RunAsync(TestDatabase database, string? input, params string[] args) =>
        ZongzhiProcess.RunAsync(database, input, null, args);
}
