using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Zongzhi.Features.Reliability;

/// <summary>
/// A PostgreSQL server of the crash harness's own: a fresh cluster (initdb) in a temporary folder on 127.0.0.1 and a
/// free port, started with pg_ctl and killed with SIGKILL (the postmaster and every backend) — never the machine's
/// shared cluster, which other programs use. Run as the <c>postgres</c> user when this process is root (PostgreSQL
/// refuses to run as root). Durability settings as in production: fsync, synchronous_commit and full_page_writes on.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _data;
    private readonly string _log;
    private readonly bool _asPostgresUser;

    private PrivatePostgres(string bin, string folder, int port, bool asPostgresUser)
    {
        _bin = bin;
        _data = Path.Combine(folder, "data");
        _log = Path.Combine(folder, "postgres.log");
        Port = port;
        _asPostgresUser = asPostgresUser;
        Folder = folder;
    }

    public string Folder { get; }

    public int Port { get; }

    public const string User = "zongzhi";

    /// <summary>The connection string of <paramref name="database"/> on this server (trust authentication, loopback only).</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = User, Database = database, Pooling = false, Timeout = 15 }.ConnectionString;

    /// <summary>The newest installed PostgreSQL's bin folder (/usr/lib/postgresql/N/bin), or the folder holding pg_ctl on PATH.</summary>
    public static string? FindBin()
    {
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            var newest = Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "bin", "pg_ctl")))
                .OrderByDescending(d => d.Version).FirstOrDefault();
            if (newest.Dir is not null)
            {
                return Path.Combine(newest.Dir, "bin");
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .FirstOrDefault(d => d.Length > 0 && File.Exists(Path.Combine(d, "pg_ctl")) && File.Exists(Path.Combine(d, "initdb")));
    }

    /// <summary>Creates the cluster under a new folder in <paramref name="parent"/>, starts it and creates <paramref name="database"/>.</summary>
    public static async Task<PrivatePostgres> CreateAsync(string bin, string parent, string database, CancellationToken cancellationToken)
    {
        var root = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        var folder = Path.Combine(parent, "pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var server = new PrivatePostgres(bin, folder, AppProcess.FreePort(), root);
        if (root && !OperatingSystem.IsWindows())
        {
            // The postgres user must reach and own its folder.
            for (var dir = folder; dir is not null && dir != "/"; dir = Path.GetDirectoryName(dir))
            {
                var mode = File.GetUnixFileMode(dir);
                File.SetUnixFileMode(dir, mode | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);
                if (dir == parent)
                {
                    break;
                }
            }

            await RunAsync("chown", ["-R", "postgres:postgres", folder], cancellationToken);
        }

        await server.ToolAsync("initdb", ["-D", server._data, "-U", User, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"], cancellationToken);
        await server.StartAsync(cancellationToken);
        await using (var connection = new NpgsqlConnection(server.ConnectionString("postgres")))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return server;
    }

    /// <summary>Starts the server (after a kill this is crash recovery) and waits until it accepts connections.</summary>
    public Task StartAsync(CancellationToken cancellationToken) => ToolAsync("pg_ctl",
    [
        "-D", _data, "-l", _log, "-w", "-t", "120",
        "-o", $"-p {Port} -k {Folder} -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c max_connections=200 -c shared_buffers=32MB",
        "start",
    ], cancellationToken);

    /// <summary>The postmaster's process id (first line of postmaster.pid), or null when it is not running.</summary>
    public int? PostmasterPid()
    {
        var file = Path.Combine(_data, "postmaster.pid");
        if (!File.Exists(file))
        {
            return null;
        }

        var first = File.ReadLines(file).FirstOrDefault();
        return int.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) && Directory.Exists($"/proc/{pid}") ? pid : null;
    }

    /// <summary>kill -9 of the postmaster and of every backend it started, as a crash of the database server; waits until all are gone.</summary>
    public async Task KillAsync()
    {
        if (PostmasterPid() is not { } postmaster)
        {
            return;
        }

        // A backend forked while the postmaster is being killed is re-parented to init at once, so "children of the
        // postmaster" misses it — and it keeps the old shared memory attached, which makes the next start refuse
        // ("pre-existing shared memory block is still in use"). Every process of this cluster has the data folder as
        // its working directory (the postmaster changes to it before forking), so kill by that until none is left; the
        // first pass kills the postmaster and the backends together, as a crash of the server would.
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var alive = ProcessesWorkingIn(_data).Where(pid => !IsZombie(pid)).ToArray();
            if (alive.Length == 0 && (!Directory.Exists($"/proc/{postmaster}") || IsZombie(postmaster)))
            {
                break;
            }

            foreach (var pid in alive)
            {
                Kill(pid);
            }

            await Task.Delay(20);
        }

        // The killed postmaster was started by pg_ctl, so its parent is init, which may reap it late: until then it is a
        // zombie whose pid still "exists", and a new postmaster refuses the lock file naming it. It is dead (and so is
        // every backend, so no one holds its shared memory): remove the stale lock file, as an operator would.
        // The same for the Unix socket's lock file, which names the postmaster too.
        if (Directory.Exists($"/proc/{postmaster}") && IsZombie(postmaster))
        {
            foreach (var lockFile in new[] { Path.Combine(_data, "postmaster.pid"), Path.Combine(Folder, $".s.PGSQL.{Port}.lock"), Path.Combine(Folder, $".s.PGSQL.{Port}") })
            {
                File.Delete(lockFile);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (PostmasterPid() is not null)
            {
                await ToolAsync("pg_ctl", ["-D", _data, "-m", "immediate", "stop"], CancellationToken.None);
            }
        }
        catch (InvalidOperationException)
        {
            await KillAsync();
        }
    }

    /// <summary>The server's log (for a failure report).</summary>
    public string LogTail()
    {
        try
        {
            var text = File.ReadAllText(_log);
            return text.Length <= 3000 ? text : text[^3000..];
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (ArgumentException)
        {
        }
        catch (InvalidOperationException)
        {
        }
    }

    /// <summary>The processes whose working directory is <paramref name="folder"/> (readable for our own or, as root, every process).</summary>
    private static int[] ProcessesWorkingIn(string folder)
    {
        var target = Path.GetFullPath(folder).TrimEnd('/');
        var found = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var cwd = new DirectoryInfo(Path.Combine(dir, "cwd")).LinkTarget;
                if (cwd is not null && string.Equals(cwd.TrimEnd('/'), target, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return [.. found];
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] == 'Z';
        }
        catch (IOException)
        {
            return true;
        }
    }

    private Task ToolAsync(string tool, string[] args, CancellationToken cancellationToken) => _asPostgresUser
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args], cancellationToken)
        : RunAsync(Path.Combine(_bin, tool), args, cancellationToken);

    private static async Task RunAsync(string file, string[] args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not run {file}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
