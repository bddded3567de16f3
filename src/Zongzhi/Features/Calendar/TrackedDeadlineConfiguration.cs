using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zongzhi.Domain.Calendar;

namespace Zongzhi.Features.Calendar;

public sealed class TrackedDeadlineConfiguration : IEntityTypeConfiguration<TrackedDeadline>
{
    public void Configure(EntityTypeBuilder<TrackedDeadline> builder)
    {
        builder.ToTable("Deadlines");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.CalendarVersion).HasMaxLength(40);
        builder.Ignore(d => d.Current);
        builder.Ignore(d => d.IsOpen);
        builder.Ignore(d => d.WasMetOnTime);
        builder.Property<int>(Data.ZongzhiDb.VersionProperty).IsConcurrencyToken();
        // The monitor and recomputation read open deadlines by due day; reports read met ones by matter.
        builder.HasIndex(d => new { d.MetOn, d.DueOn });
        builder.HasIndex(d => d.MatterId);
        // The supervision board reads each kind's open deadlines in due order (BoardQuery): the subject, not a status on the
        // owner, says which branch a deadline is in, so PostgreSQL can walk this index and stop at the page's end.
        builder.HasIndex(d => new { d.Subject, d.DueOn, d.Id }, "IX_Deadlines_Open").HasFilter("\"MetOn\" IS NULL");
    }
}
