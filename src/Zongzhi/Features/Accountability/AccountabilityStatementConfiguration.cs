using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zongzhi.Domain.Accountability;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Features.Accountability;

public sealed class AccountabilityStatementConfiguration : IEntityTypeConfiguration<AccountabilityStatement>
{
    public void Configure(EntityTypeBuilder<AccountabilityStatement> builder)
    {
        builder.Property(s => s.UserId).HasMaxLength(64);
        builder.Property(s => s.Text).HasMaxLength(TextLimits.LongText);
    }
}
