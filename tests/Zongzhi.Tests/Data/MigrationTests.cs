using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;

namespace Zongzhi.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public void SqliteModel_HasNoPendingChanges()
    {
        using var db = new SqliteZongzhiDbFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQLite migration: dotnet ef migrations add <Name> --project src/Zongzhi --context SqliteZongzhiDb --output-dir Data/Migrations/Sqlite");
    }

    [Fact]
    public void PostgresModel_HasNoPendingChanges()
    {
        using var db = new PostgresZongzhiDbFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a PostgreSQL migration: dotnet ef migrations add <Name> --project src/Zongzhi --context PostgresZongzhiDb --output-dir Data/Migrations/Postgres");
    }
}
