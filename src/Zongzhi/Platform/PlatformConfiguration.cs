using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zongzhi.Platform;

public sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> builder)
    {
        builder.ToTable("NumberSequences");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(60);
    }
}

public sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.Property(r => r.Key).HasMaxLength(100);
        builder.Property(r => r.UserId).HasMaxLength(64);
        builder.Property(r => r.Operation).HasMaxLength(60);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ResponseBody).HasMaxLength(20000);
        builder.HasIndex(r => new { r.UserId, r.Operation, r.Key }).IsUnique();
    }
}
