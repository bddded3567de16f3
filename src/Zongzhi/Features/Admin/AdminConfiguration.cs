using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zongzhi.Features.Admin;

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(50);
        builder.HasIndex(d => d.Name).IsUnique();
        builder.Property<int>(Data.ZongzhiDb.VersionProperty).IsConcurrencyToken();
    }
}

public sealed class VillageConfiguration : IEntityTypeConfiguration<Village>
{
    public void Configure(EntityTypeBuilder<Village> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(50);
        builder.HasIndex(v => v.Name).IsUnique();
        builder.Property<int>(Data.ZongzhiDb.VersionProperty).IsConcurrencyToken();
    }
}

public sealed class DisputeCategoryConfiguration : IEntityTypeConfiguration<DisputeCategory>
{
    public void Configure(EntityTypeBuilder<DisputeCategory> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.Property(c => c.Name).HasMaxLength(50);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property<int>(Data.ZongzhiDb.VersionProperty).IsConcurrencyToken();
    }
}
