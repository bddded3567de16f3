using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zongzhi.Data;
using Zongzhi.Domain.Meetings;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Information;

namespace Zongzhi.Features.Meetings;

public sealed class MonthlyMeetingConfiguration : IEntityTypeConfiguration<MonthlyMeeting>
{
    public void Configure(EntityTypeBuilder<MonthlyMeeting> builder)
    {
        builder.ToTable("MonthlyMeetings");
        builder.Property(m => m.Month).HasConversion(ReportMonthConverter.Instance).HasMaxLength(7);
        // One meeting record per month (每月召开一次).
        builder.HasIndex(m => m.Month).IsUnique();
        builder.PrimitiveCollection(m => m.Attendees).HasField("_attendees");
        builder.Property(m => m.Minutes).HasMaxLength(TextLimits.LongText);
        builder.Property(m => m.RecordedByUserId).HasMaxLength(64);
        builder.Property<int>(ZongzhiDb.VersionProperty).IsConcurrencyToken();
        builder.HasMany(m => m.Tasks).WithOne().HasForeignKey(t => t.MonthlyMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(m => m.Tasks).HasField("_tasks");
    }
}

public sealed class MonthlyMeetingTaskConfiguration : IEntityTypeConfiguration<MonthlyMeetingTask>
{
    public void Configure(EntityTypeBuilder<MonthlyMeetingTask> builder)
    {
        builder.ToTable("MonthlyMeetingTasks");
        builder.Property(t => t.Description).HasMaxLength(TextLimits.Reason);
        builder.Property(t => t.OwnerUserId).HasMaxLength(64);
        builder.Property(t => t.CompletedByUserId).HasMaxLength(64);
        builder.Property(t => t.CompletionNote).HasMaxLength(TextLimits.Reason);
        builder.Ignore(t => t.IsDone);
        builder.Ignore(t => t.WasOnTime);
        builder.Property<int>(ZongzhiDb.VersionProperty).IsConcurrencyToken();
        builder.HasIndex(t => new { t.CompletedAt, t.DueOn });
        builder.HasIndex(t => t.OwnerDepartmentId);
        builder.HasIndex(t => t.OwnerUserId);
    }
}
