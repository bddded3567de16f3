using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Zongzhi.Data;

/// <summary>The embedded SQLite database (default; migrations in Data/Migrations/Sqlite).</summary>
public sealed class SqliteZongzhiDb(DbContextOptions<SqliteZongzhiDb> options) : ZongzhiDb(options);

/// <summary>Design-time factory for <c>dotnet ef migrations add … --context SqliteZongzhiDb</c>.</summary>
public sealed class SqliteZongzhiDbFactory : IDesignTimeDbContextFactory<SqliteZongzhiDb>
{
    public SqliteZongzhiDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteZongzhiDb>().UseSqlite("Data Source=design.db").Options);
}
