using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zongzhi.Data;
using Zongzhi.Domain.Meetings;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Features.Meetings;

public sealed class PeriodicReportConfiguration : IEntityTypeConfiguration<PeriodicReport>
{
    public void Configure(EntityTypeBuilder<PeriodicReport> builder)
    {
        builder.ToTable("PeriodicReports");
        builder.Property(r => r.Period).HasMaxLength(8);
        builder.Property(r => r.ScopeName).HasMaxLength(TextLimits.ShortText);
        builder.Property(r => r.Title).HasMaxLength(TextLimits.ShortText);
        builder.Property(r => r.Body).HasMaxLength(TextLimits.LongText);
        builder.Property(r => r.IssueNumber).HasMaxLength(TextLimits.Code);
        // An issue number is drawn once: two reports never share one.
        builder.HasIndex(r => r.IssueNumber).IsUnique();
        builder.Property(r => r.IssuedByUserId).HasMaxLength(64);
        builder.Property(r => r.CreatedByUserId).HasMaxLength(64);
        builder.Property<int>(ZongzhiDb.VersionProperty).IsConcurrencyToken();
        builder.HasIndex(r => new { r.Status, r.FirstDay });
    }
}
