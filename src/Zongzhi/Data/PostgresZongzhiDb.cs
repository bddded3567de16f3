using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Zongzhi.Data;

/// <summary>PostgreSQL through Npgsql (production; migrations in Data/Migrations/Postgres).</summary>
public sealed class PostgresZongzhiDb(DbContextOptions<PostgresZongzhiDb> options) : ZongzhiDb(options);

/// <summary>Design-time factory for <c>dotnet ef migrations add … --context PostgresZongzhiDb</c>.</summary>
public sealed class PostgresZongzhiDbFactory : IDesignTimeDbContextFactory<PostgresZongzhiDb>
{
    public PostgresZongzhiDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresZongzhiDb>().UseNpgsql("Host=localhost;Database=zongzhi_design").Options);
}
