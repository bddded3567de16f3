namespace Zongzhi.Tests.Infrastructure;

/// <summary>
/// What the machine offers the tests. Where PostgreSQL is absent the tests that need it are reported skipped with the
/// reason; under CI (CI=true) its absence fails them instead, so CI never passes silently.
/// </summary>
public static class TestEnvironment
{
    public const string PostgresVariable = "ZONGZHI_TEST_PG";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static string RequirePostgres()
    {
        if (PostgresConnectionString is { } connection)
        {
            return connection;
        }

        var reason = $"PostgreSQL is not available: set {PostgresVariable} to an admin connection string (.ci/run does).";
        if (IsCi)
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
        return "";
    }
}
