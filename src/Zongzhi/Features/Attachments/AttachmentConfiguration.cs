using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Matters;

namespace Zongzhi.Features.Attachments;

public sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.Property(a => a.OwnerType).HasMaxLength(40);
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.StoredName).HasMaxLength(100);
        builder.Property(a => a.Description).HasMaxLength(200);
        builder.Property(a => a.UploadedByUserId).HasMaxLength(64);
        builder.HasOne<Matter>().WithMany().HasForeignKey(a => a.MatterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.MatterId);
        builder.HasOne<InformationItem>().WithMany().HasForeignKey(a => a.InformationItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.InformationItemId);
        builder.ToTable(t => t.HasCheckConstraint("CK_Attachments_Owner", "(\"MatterId\" IS NULL) <> (\"InformationItemId\" IS NULL)"));
    }
}
