using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zongzhi.Platform.Audit;

public sealed class AuditRetentionWindowConfiguration : IEntityTypeConfiguration<AuditRetentionWindow>
{
    public void Configure(EntityTypeBuilder<AuditRetentionWindow> builder)
    {
        builder.Property(w => w.Id).ValueGeneratedNever();
    }
}
