using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zongzhi.Features.Calendar;

public sealed class HolidayNoticeConfiguration : IEntityTypeConfiguration<HolidayNotice>
{
    public void Configure(EntityTypeBuilder<HolidayNotice> builder)
    {
        builder.Property(n => n.Sources).HasMaxLength(4000);
        builder.Property(n => n.Origin).HasMaxLength(20);
        builder.Property(n => n.LoadedByUserId).HasMaxLength(64);
        builder.Property(n => n.CalendarVersion).HasMaxLength(40);
        builder.HasIndex(n => new { n.Year, n.IsCurrent });
        builder.HasMany(n => n.Days).WithOne().HasForeignKey(d => d.NoticeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class HolidayNoticeDayConfiguration : IEntityTypeConfiguration<HolidayNoticeDay>
{
    public void Configure(EntityTypeBuilder<HolidayNoticeDay> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(50);
        builder.HasIndex(d => new { d.NoticeId, d.Date }).IsUnique();
    }
}

public sealed class CalendarOverrideConfiguration : IEntityTypeConfiguration<CalendarOverride>
{
    public void Configure(EntityTypeBuilder<CalendarOverride> builder)
    {
        builder.Property(o => o.Reason).HasMaxLength(200);
        builder.Property(o => o.RemovalReason).HasMaxLength(200);
        builder.Property(o => o.CreatedByUserId).HasMaxLength(64);
        builder.Property(o => o.RemovedByUserId).HasMaxLength(64);
        builder.Ignore(o => o.IsActive);
        builder.HasIndex(o => o.Date);
    }
}

public sealed class CalendarVersionRecordConfiguration : IEntityTypeConfiguration<CalendarVersionRecord>
{
    public void Configure(EntityTypeBuilder<CalendarVersionRecord> builder)
    {
        builder.ToTable("CalendarVersions");
        builder.Property(v => v.Version).HasMaxLength(40);
        builder.Property(v => v.ChangedByUserId).HasMaxLength(64);
        builder.Property(v => v.Change).HasMaxLength(500);
    }
}

public sealed class DeadlineRevisionConfiguration : IEntityTypeConfiguration<DeadlineRevision>
{
    public void Configure(EntityTypeBuilder<DeadlineRevision> builder)
    {
        builder.Property(r => r.PreviousCalendarVersion).HasMaxLength(40);
        builder.Property(r => r.NewCalendarVersion).HasMaxLength(40);
        builder.Property(r => r.Cause).HasMaxLength(500);
        builder.HasIndex(r => r.DeadlineId);
    }
}

public sealed class RuleSettingsRecordConfiguration : IEntityTypeConfiguration<RuleSettingsRecord>
{
    public void Configure(EntityTypeBuilder<RuleSettingsRecord> builder)
    {
        builder.ToTable("RuleSettings");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.UpdatedByUserId).HasMaxLength(64);
        builder.Property<int>(Data.ZongzhiDb.VersionProperty).IsConcurrencyToken();
    }
}
