namespace Zongzhi.Platform.Audit;

/// <summary>Who is acting in this scope: a signed-in user, or the system (CLI, background jobs).</summary>
public sealed record Actor(string? UserId, string UserName, IReadOnlyList<string> Roles, string? ClientAddress)
{
    public static Actor System { get; } = new(null, "system", [], null);

    public static Actor Cli { get; } = new(null, "cli:" + Environment.UserName, [], "local");
}
