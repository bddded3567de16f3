using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zongzhi.Data;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.SelfService;

namespace Zongzhi.Features.SelfService;

internal sealed class MatterQueryCodeConfiguration : IEntityTypeConfiguration<MatterQueryCode>
{
    public void Configure(EntityTypeBuilder<MatterQueryCode> builder)
    {
        builder.ToTable("MatterQueryCodes");
        builder.HasKey(c => c.MatterId);
        builder.Property(c => c.MatterId).ValueGeneratedNever();
        builder.HasOne<Matter>().WithOne().HasForeignKey<MatterQueryCode>(c => c.MatterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Salt).HasMaxLength(16);
        builder.Property(c => c.Hash).HasMaxLength(32);
        builder.Property(c => c.IssuedByUserId).HasMaxLength(64);
        builder.Property(c => c.Generation).IsConcurrencyToken();
    }
}

internal sealed class MatterEvaluationConfiguration : IEntityTypeConfiguration<MatterEvaluation>
{
    public void Configure(EntityTypeBuilder<MatterEvaluation> builder)
    {
        builder.ToTable("MatterEvaluations");
        builder.HasOne<Matter>().WithMany().HasForeignKey(e => e.MatterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.MatterId).IsUnique();
        builder.HasIndex(e => e.RatedOn);
        builder.Property(e => e.Rating).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Comment).HasMaxLength(500);
        builder.Property<int>(ZongzhiDb.VersionProperty).IsConcurrencyToken();
    }
}

internal sealed class SatisfactionReviewConfiguration : IEntityTypeConfiguration<SatisfactionReview>
{
    public void Configure(EntityTypeBuilder<SatisfactionReview> builder)
    {
        builder.ToTable("SatisfactionReviews");
        builder.HasOne<Matter>().WithMany().HasForeignKey(r => r.MatterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SupervisingBody, r.ConcludedAt });
        builder.HasIndex(r => r.MatterId);
        builder.Property(r => r.SupervisingBody).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.ConcludedByUserId).HasMaxLength(64);
        builder.Property<int>(ZongzhiDb.VersionProperty).IsConcurrencyToken();
    }
}

internal sealed class SelfServiceAttemptConfiguration : IEntityTypeConfiguration<SelfServiceAttempt>
{
    public void Configure(EntityTypeBuilder<SelfServiceAttempt> builder)
    {
        builder.ToTable("SelfServiceAttempts");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ClientKey).HasMaxLength(64);
        builder.Property(a => a.NumberKey).HasMaxLength(64);
        builder.HasIndex(a => new { a.ClientKey, a.At });
        builder.HasIndex(a => new { a.NumberKey, a.At });
        builder.HasIndex(a => a.At);
    }
}
