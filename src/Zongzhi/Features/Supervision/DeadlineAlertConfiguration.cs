using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zongzhi.Features.Supervision;

public sealed class DeadlineAlertConfiguration : IEntityTypeConfiguration<DeadlineAlert>
{
    public void Configure(EntityTypeBuilder<DeadlineAlert> builder)
    {
        builder.HasIndex(a => new { a.DeadlineId, a.Kind, a.DueOn }).IsUnique();
    }
}
