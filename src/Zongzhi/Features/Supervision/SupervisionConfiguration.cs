using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Features.Supervision;

public sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.Message).HasMaxLength(TextLimits.Reason);
        builder.Property(r => r.SentByUserId).HasMaxLength(64);
        builder.HasOne<Matter>().WithMany().HasForeignKey(r => r.MatterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AssignmentSheet>().WithMany().HasForeignKey(r => r.AssignmentSheetId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MaterialsRequestConfiguration : IEntityTypeConfiguration<MaterialsRequest>
{
    public void Configure(EntityTypeBuilder<MaterialsRequest> builder)
    {
        builder.Property(r => r.MaterialsWanted).HasMaxLength(TextLimits.Reason);
        builder.Property(r => r.MaterialsProvided).HasMaxLength(TextLimits.LongText);
        builder.Property(r => r.RequestedByUserId).HasMaxLength(64);
        builder.Property(r => r.ProvidedByUserId).HasMaxLength(64);
        builder.Ignore(r => r.IsProvided);
        builder.HasIndex(r => r.ProvidedAt); // the supervision board: open calls (null)
        builder.HasOne<Matter>().WithMany().HasForeignKey(r => r.MatterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Deadline).WithMany().HasForeignKey("DeadlineId").OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReportRequestConfiguration : IEntityTypeConfiguration<ReportRequest>
{
    public void Configure(EntityTypeBuilder<ReportRequest> builder)
    {
        builder.Property(r => r.Subject).HasMaxLength(TextLimits.Reason);
        builder.Property(r => r.Report).HasMaxLength(TextLimits.LongText);
        builder.Property(r => r.ReporterUserId).HasMaxLength(64);
        builder.Property(r => r.RequestedByUserId).HasMaxLength(64);
        builder.Property(r => r.ReportedByUserId).HasMaxLength(64);
        builder.Ignore(r => r.IsAnswered);
        builder.HasIndex(r => r.ReportedAt); // the supervision board: open requests (null)
        builder.HasOne<Matter>().WithMany().HasForeignKey(r => r.MatterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Deadline).WithMany().HasForeignKey("DeadlineId").OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CoordinationMeetingConfiguration : IEntityTypeConfiguration<CoordinationMeeting>
{
    public void Configure(EntityTypeBuilder<CoordinationMeeting> builder)
    {
        builder.Property(m => m.Topic).HasMaxLength(TextLimits.ShortText);
        builder.Property(m => m.Place).HasMaxLength(TextLimits.ShortText);
        builder.Property(m => m.Minutes).HasMaxLength(TextLimits.LongText);
        builder.Property(m => m.ConvenedByUserId).HasMaxLength(64);
        builder.PrimitiveCollection(m => m.DepartmentIds).HasField("_departmentIds");
        builder.PrimitiveCollection(m => m.Attendees).HasField("_attendees");
        builder.HasOne<Matter>().WithMany().HasForeignKey(m => m.MatterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Tasks).WithOne().HasForeignKey("CoordinationMeetingId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(m => m.Tasks).HasField("_tasks");
        builder.Property<int>(Data.ZongzhiDb.VersionProperty).IsConcurrencyToken();
    }
}

public sealed class MeetingTaskConfiguration : IEntityTypeConfiguration<MeetingTask>
{
    public void Configure(EntityTypeBuilder<MeetingTask> builder)
    {
        builder.ToTable("MeetingTasks");
        builder.Property(t => t.Description).HasMaxLength(TextLimits.Reason);
        builder.Property(t => t.CompletedByUserId).HasMaxLength(64);
        builder.Property(t => t.CompletionNote).HasMaxLength(TextLimits.Reason);
        builder.Ignore(t => t.IsCompleted);
        builder.HasIndex(t => t.CompletedAt); // the supervision board: open tasks (null)
        builder.HasOne(t => t.Deadline).WithMany().HasForeignKey("DeadlineId").OnDelete(DeleteBehavior.Restrict);
    }
}
