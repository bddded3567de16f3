using System.CommandLine;
using Zongzhi.Platform;

namespace Zongzhi.Cli;

/// <summary><c>zongzhi serve</c>: migrates, seeds, and runs the web app (default http://127.0.0.1:5080).</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "启动网站（默认 http://127.0.0.1:5080）");
        var urls = new Option<string?>("--urls") { Description = "监听地址，例如 http://127.0.0.1:5080" };
        command.Options.Add(urls);
        command.SetAction((parse, _) =>
        {
            var value = parse.GetValue(urls);
            return ServeAsync(value is null ? [] : ["--urls", value]);
        });
        return command;
    }

    public static async Task<int> ServeAsync(string[] args)
    {
        // The database is migrated and seeded by DatabaseStartup as the host starts.
        var app = WebApp.Build(args);
        await app.RunAsync();
        return 0;
    }
}
