using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zongzhi.Data;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Features.Assignments;

public sealed class AssignmentSheetConfiguration : IEntityTypeConfiguration<AssignmentSheet>
{
    public void Configure(EntityTypeBuilder<AssignmentSheet> builder)
    {
        builder.Property(s => s.Number).HasMaxLength(TextLimits.Code);
        builder.HasIndex(s => s.Number).IsUnique();
        builder.Property(s => s.Requirements).HasMaxLength(TextLimits.LongText);
        builder.Property(s => s.IssuedByUserId).HasMaxLength(64);
        builder.Property(s => s.HandlerUserId).HasMaxLength(64);
        builder.PrimitiveCollection(s => s.CoHandlingDepartmentIds).HasField("_coHandlingDepartmentIds");
        builder.Property<int>(ZongzhiDb.VersionProperty).IsConcurrencyToken();
        builder.HasOne<Matter>().WithMany().HasForeignKey(s => s.MatterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.SigningDeadline).WithMany().HasForeignKey("SigningDeadlineId").OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Rounds).WithOne().HasForeignKey("AssignmentSheetId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(s => s.Rounds).HasField("_rounds");
        builder.HasIndex(s => s.MatterId);
        builder.HasIndex(s => new { s.HandlingDepartmentId, s.Status, s.Id });
        // The supervision board reads the sheets awaiting review (undated) in id order: an index of their ids (PostgreSQL keeps
        // equal keys in heap order, so a status index would not give the id order). Partial, so that the dated states keep
        // being read through the open deadlines' index in due order (SQLite would otherwise start from a status index).
        builder.HasIndex(s => s.Id, "IX_AssignmentSheets_AwaitingReview").HasFilter("\"Status\" = 'AwaitingReview'");
    }
}

public sealed class AssignmentRoundConfiguration : IEntityTypeConfiguration<AssignmentRound>
{
    public void Configure(EntityTypeBuilder<AssignmentRound> builder)
    {
        builder.ToTable("AssignmentRounds");
        builder.Property(r => r.RehandlingReasons).HasMaxLength(TextLimits.Reason);
        builder.Property(r => r.ReviewComment).HasMaxLength(TextLimits.Reason);
        builder.Property(r => r.ReviewedByUserId).HasMaxLength(64);
        builder.Ignore(r => r.PendingExtension);
        builder.Ignore(r => r.WasOnTime);
        builder.HasIndex(r => r.StartedOn); // monthly statistics: re-handling rounds started in a month
        builder.HasOne(r => r.Deadline).WithMany().HasForeignKey("DeadlineId").OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.ProgressNotes).WithOne().HasForeignKey("AssignmentRoundId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.ProgressNotes).HasField("_progressNotes");
        builder.HasMany(r => r.ExtensionRequests).WithOne().HasForeignKey("AssignmentRoundId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.ExtensionRequests).HasField("_extensionRequests");
        builder.OwnsOne(r => r.Result, result =>
        {
            result.Property(x => x.WhatWasDone).HasMaxLength(TextLimits.LongText);
            result.Property(x => x.ReplyToParty).HasMaxLength(TextLimits.LongText);
            result.Property(x => x.SubmittedByUserId).HasMaxLength(64);
        });
    }
}

public sealed class ProgressNoteConfiguration : IEntityTypeConfiguration<ProgressNote>
{
    public void Configure(EntityTypeBuilder<ProgressNote> builder)
    {
        builder.ToTable("ProgressNotes");
        builder.Property(n => n.Text).HasMaxLength(TextLimits.LongText);
        builder.Property(n => n.WrittenByUserId).HasMaxLength(64);
    }
}

public sealed class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> builder)
    {
        builder.ToTable("ExtensionRequests");
        builder.Property(r => r.Reason).HasMaxLength(TextLimits.Reason);
        builder.Property(r => r.RequestedByUserId).HasMaxLength(64);
        builder.Property(r => r.DecidedByUserId).HasMaxLength(64);
        builder.Property(r => r.DecisionComment).HasMaxLength(TextLimits.Reason);
        builder.Property<int>(ZongzhiDb.VersionProperty).IsConcurrencyToken();
        builder.HasIndex(r => r.Status);
        builder.HasIndex(r => r.RequestedOn); // monthly statistics
    }
}
