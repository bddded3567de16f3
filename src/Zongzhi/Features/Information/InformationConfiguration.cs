using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Features.Information;

public sealed class InformationItemConfiguration : IEntityTypeConfiguration<InformationItem>
{
    public void Configure(EntityTypeBuilder<InformationItem> builder)
    {
        builder.ToTable("InformationItems");
        builder.Property(i => i.Number).HasMaxLength(TextLimits.Code);
        builder.HasIndex(i => i.Number).IsUnique();
        builder.Property(i => i.ReporterUserId).HasMaxLength(64);
        builder.Property(i => i.HandledByUserId).HasMaxLength(64);
        builder.Property(i => i.AnalysedByUserId).HasMaxLength(64);
        builder.Property(i => i.Category).HasMaxLength(TextLimits.Code);
        builder.Property(i => i.Place).HasMaxLength(TextLimits.ShortText);
        builder.Property(i => i.Summary).HasMaxLength(TextLimits.Summary);
        builder.Property(i => i.Description).HasMaxLength(TextLimits.LongText);
        builder.Property(i => i.HandlingNote).HasMaxLength(TextLimits.Reason);
        builder.PrimitiveCollection(i => i.CauseTags).HasField("_causeTags");
        builder.PrimitiveCollection(i => i.CharacteristicTags).HasField("_characteristicTags");
        builder.Ignore(i => i.IsEmergency);
        builder.Ignore(i => i.IsOpenEmergency);
        builder.Property<int>(ZongzhiDb.VersionProperty).IsConcurrencyToken();
        builder.HasIndex(i => new { i.Source, i.Status });
        builder.HasIndex(i => i.VillageId);
        builder.HasIndex(i => i.ReporterUserId);
        builder.HasIndex(i => i.RegisteredAt);
        builder.HasMany(i => i.Acknowledgements).WithOne().HasForeignKey("InformationItemId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(i => i.Acknowledgements).HasField("_acknowledgements");
        builder.HasMany(i => i.Dispatches).WithOne().HasForeignKey("InformationItemId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(i => i.Dispatches).HasField("_dispatches");
    }
}

public sealed class EmergencyAcknowledgementConfiguration : IEntityTypeConfiguration<EmergencyAcknowledgement>
{
    public void Configure(EntityTypeBuilder<EmergencyAcknowledgement> builder)
    {
        builder.ToTable("EmergencyAcknowledgements");
        builder.Property(a => a.UserId).HasMaxLength(64);
        // Each recipient is reported to once per item.
        builder.HasIndex("InformationItemId", nameof(EmergencyAcknowledgement.UserId)).IsUnique();
    }
}

public sealed class SceneDispatchConfiguration : IEntityTypeConfiguration<SceneDispatch>
{
    public void Configure(EntityTypeBuilder<SceneDispatch> builder)
    {
        builder.ToTable("SceneDispatches");
        builder.Property(d => d.Staff).HasMaxLength(TextLimits.ShortText);
        builder.Property(d => d.Findings).HasMaxLength(TextLimits.LongText);
        builder.Property(d => d.RecordedByUserId).HasMaxLength(64);
    }
}

public sealed class VillageReportConfiguration : IEntityTypeConfiguration<VillageReport>
{
    public void Configure(EntityTypeBuilder<VillageReport> builder)
    {
        builder.ToTable("VillageReports");
        builder.Property(r => r.Month).HasConversion(ReportMonthConverter.Instance).HasMaxLength(7);
        builder.HasIndex(r => new { r.VillageId, r.Month }).IsUnique();
        builder.Property(r => r.FiledByUserId).HasMaxLength(64);
        builder.Property(r => r.NotableCases).HasMaxLength(TextLimits.LongText);
        builder.Property(r => r.InstabilityFactors).HasMaxLength(TextLimits.LongText);
        builder.Ignore(r => r.TotalMediated);
        builder.Property<int>(ZongzhiDb.VersionProperty).IsConcurrencyToken();
        builder.OwnsMany(r => r.Lines, lines =>
        {
            lines.ToJson();
            lines.Property(l => l.Category).HasMaxLength(TextLimits.Code);
        });
        builder.Navigation(r => r.Lines).HasField("_lines");
    }
}

public sealed class VillageReportReminderConfiguration : IEntityTypeConfiguration<VillageReportReminder>
{
    public void Configure(EntityTypeBuilder<VillageReportReminder> builder)
    {
        builder.ToTable("VillageReportReminders");
        builder.Property(r => r.Month).HasConversion(ReportMonthConverter.Instance).HasMaxLength(7);
        builder.HasIndex(r => new { r.VillageId, r.Month }).IsUnique();
        builder.Property(r => r.RemindedByUserId).HasMaxLength(64);
    }
}

public sealed class ScreeningCampaignConfiguration : IEntityTypeConfiguration<ScreeningCampaign>
{
    public void Configure(EntityTypeBuilder<ScreeningCampaign> builder)
    {
        builder.ToTable("ScreeningCampaigns");
        builder.Property(c => c.Title).HasMaxLength(TextLimits.ShortText);
        builder.Property(c => c.Focus).HasMaxLength(TextLimits.Reason);
        builder.Property(c => c.OpenedByUserId).HasMaxLength(64);
        builder.Property(c => c.Characteristics).HasMaxLength(TextLimits.LongText);
        builder.Property(c => c.Causes).HasMaxLength(TextLimits.LongText);
        builder.Property(c => c.Recommendations).HasMaxLength(TextLimits.LongText);
        builder.PrimitiveCollection(c => c.VillageIds).HasField("_villageIds");
        builder.PrimitiveCollection(c => c.DepartmentIds).HasField("_departmentIds");
        builder.Property<int>(ZongzhiDb.VersionProperty).IsConcurrencyToken();
        builder.HasMany(c => c.Findings).WithOne().HasForeignKey("ScreeningCampaignId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Findings).HasField("_findings");
    }
}

public sealed class ScreeningFindingConfiguration : IEntityTypeConfiguration<ScreeningFinding>
{
    public void Configure(EntityTypeBuilder<ScreeningFinding> builder)
    {
        builder.ToTable("ScreeningFindings");
        builder.Property(f => f.Category).HasMaxLength(TextLimits.Code);
        builder.Property(f => f.Description).HasMaxLength(TextLimits.LongText);
        builder.Property(f => f.FiledByUserId).HasMaxLength(64);
    }
}

/// <summary>Stores a <see cref="ReportMonth"/> as "2026-10", which sorts and compares as text on both providers.</summary>
public sealed class ReportMonthConverter() : ValueConverter<ReportMonth, string>(
    m => m.ToString(), s => ReportMonth.Parse(s) ?? default)
{
    public static readonly ReportMonthConverter Instance = new();
}
