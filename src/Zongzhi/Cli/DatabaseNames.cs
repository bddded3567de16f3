namespace Zongzhi.Cli;

/// <summary>The <c>--db</c> value of the bench and crashtest commands: sqlite, or postgres (also postgresql, pg).</summary>
internal static class DatabaseNames
{
    public static string? Parse(string? value) => (value ?? "").Trim().ToLowerInvariant() switch
    {
        "sqlite" => "sqlite",
        "postgres" or "postgresql" or "pg" => "postgres",
        _ => null,
    };
}
