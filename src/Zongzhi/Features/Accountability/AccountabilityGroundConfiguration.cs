using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zongzhi.Domain.Accountability;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Features.Accountability;

public sealed class AccountabilityGroundConfiguration : IEntityTypeConfiguration<AccountabilityGround>
{
    public void Configure(EntityTypeBuilder<AccountabilityGround> builder)
    {
        builder.Property(g => g.Code).HasMaxLength(TextLimits.Code);
        builder.HasIndex(g => g.Code).IsUnique();
        builder.Property(g => g.Clause).HasMaxLength(TextLimits.ShortText);
        builder.Property(g => g.Summary).HasMaxLength(TextLimits.Reason);
    }
}
