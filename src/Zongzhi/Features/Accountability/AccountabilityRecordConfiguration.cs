using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zongzhi.Data;
using Zongzhi.Domain.Accountability;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Features.Accountability;

public sealed class AccountabilityRecordConfiguration : IEntityTypeConfiguration<AccountabilityRecord>
{
    public void Configure(EntityTypeBuilder<AccountabilityRecord> builder)
    {
        builder.Property(r => r.CandidateKey).HasMaxLength(200);
        // One record per candidate, however often "open" is clicked (D5).
        builder.HasIndex(r => r.CandidateKey).IsUnique();
        builder.Property(r => r.SubjectUserId).HasMaxLength(64);
        builder.HasIndex(r => r.SubjectUserId);
        builder.Property(r => r.Summary).HasMaxLength(TextLimits.Reason);
        builder.Property(r => r.OpenedByUserId).HasMaxLength(64);
        builder.Property(r => r.ClosedByUserId).HasMaxLength(64);
        builder.Property(r => r.Finding).HasMaxLength(TextLimits.LongText);
        builder.HasOne<AccountabilityGround>().WithMany().HasForeignKey(r => r.GroundId).OnDelete(DeleteBehavior.Restrict);
        builder.Property<int>(ZongzhiDb.VersionProperty).IsConcurrencyToken();

        builder.OwnsMany(r => r.Evidence, evidence =>
        {
            evidence.ToTable("AccountabilityEvidence");
            evidence.WithOwner().HasForeignKey("RecordId");
            evidence.Property<long>("Id");
            evidence.HasKey("Id");
            evidence.Property(e => e.EntityType).HasMaxLength(60);
            evidence.Property(e => e.EntityId).HasMaxLength(64);
            evidence.Property(e => e.Note).HasMaxLength(TextLimits.ShortText);
        });
        builder.Navigation(r => r.Evidence).HasField("_evidence");

        builder.HasMany(r => r.Statements).WithOne().HasForeignKey("RecordId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Statements).HasField("_statements");
    }
}
