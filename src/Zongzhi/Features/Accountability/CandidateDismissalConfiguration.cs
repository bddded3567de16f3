using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Features.Accountability;

public sealed class CandidateDismissalConfiguration : IEntityTypeConfiguration<CandidateDismissal>
{
    public void Configure(EntityTypeBuilder<CandidateDismissal> builder)
    {
        builder.Property(d => d.CandidateKey).HasMaxLength(200);
        builder.HasIndex(d => d.CandidateKey).IsUnique();
        builder.Property(d => d.UserId).HasMaxLength(64);
        builder.Property(d => d.Reason).HasMaxLength(TextLimits.Reason);
        builder.Property(d => d.DismissedByUserId).HasMaxLength(64);
    }
}
