using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zongzhi.Data;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Features.LeaderCases;

public sealed class LeaderCaseConfiguration : IEntityTypeConfiguration<LeaderCase>
{
    public void Configure(EntityTypeBuilder<LeaderCase> builder)
    {
        builder.Property(c => c.CaseLeaderUserId).HasMaxLength(64);
        builder.Property(c => c.AssignedByUserId).HasMaxLength(64);
        builder.Property(c => c.ClosingResult).HasMaxLength(TextLimits.LongText);
        builder.PrimitiveCollection(c => c.HandedOverMaterials).HasField("_handedOverMaterials");
        builder.Ignore(c => c.PendingExtension);
        builder.Property<int>(ZongzhiDb.VersionProperty).IsConcurrencyToken();
        builder.HasOne<Matter>().WithMany().HasForeignKey(c => c.MatterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.MatterId);
        builder.HasIndex(c => new { c.CaseLeaderUserId, c.Status });
        builder.HasIndex(c => c.AssignedAt); // monthly statistics
        builder.HasIndex(c => c.ClosedAt);
        builder.HasIndex(c => c.Status); // the supervision board: open cases
        builder.HasOne(c => c.Deadline).WithMany().HasForeignKey("DeadlineId").OnDelete(DeleteBehavior.Restrict);
        builder.OwnsOne(c => c.Plan, plan =>
        {
            plan.Property(p => p.Findings).HasMaxLength(TextLimits.LongText);
            plan.Property(p => p.Measures).HasMaxLength(TextLimits.LongText);
            plan.Property(p => p.People).HasMaxLength(TextLimits.Reason);
        });
        builder.HasMany(c => c.ProgressNotes).WithOne().HasForeignKey("LeaderCaseId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.ProgressNotes).HasField("_progressNotes");
        builder.HasMany(c => c.CoordinationRequests).WithOne().HasForeignKey("LeaderCaseId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.CoordinationRequests).HasField("_coordinationRequests");
        builder.HasMany(c => c.ExtensionRequests).WithOne().HasForeignKey("LeaderCaseId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.ExtensionRequests).HasField("_extensionRequests");
    }
}

public sealed class CoordinationRequestConfiguration : IEntityTypeConfiguration<CoordinationRequest>
{
    public void Configure(EntityTypeBuilder<CoordinationRequest> builder)
    {
        builder.ToTable("CoordinationRequests");
        builder.Property(r => r.Request).HasMaxLength(TextLimits.Reason);
        builder.Property(r => r.Reply).HasMaxLength(TextLimits.LongText);
        builder.Property(r => r.RepliedByUserId).HasMaxLength(64);
        builder.Ignore(r => r.IsOpen);
        builder.HasOne(r => r.Deadline).WithMany().HasForeignKey("DeadlineId").OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.DepartmentId);
    }
}
