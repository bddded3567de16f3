namespace Zongzhi.Tests.Infrastructure;

/// <summary>The two providers data tests run on (STYLE.md §7: bitwarden's DatabaseData).</summary>
public static class DatabaseProvider
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> Both => new(Sqlite, Postgres);
}
