using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zongzhi.Data;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform.Privacy;

namespace Zongzhi.Features.Matters;

public sealed class MatterConfiguration : IEntityTypeConfiguration<Matter>
{
    public void Configure(EntityTypeBuilder<Matter> builder)
    {
        builder.Property(m => m.Number).HasMaxLength(TextLimits.Code);
        builder.HasIndex(m => m.Number).IsUnique();
        builder.Property(m => m.RegisteredByUserId).HasMaxLength(64);
        builder.Property(m => m.TriagedByUserId).HasMaxLength(64);
        builder.Property(m => m.ClosedByUserId).HasMaxLength(64);
        builder.Property(m => m.Category).HasMaxLength(40);
        builder.Property(m => m.Summary).HasMaxLength(TextLimits.Summary);
        builder.Property(m => m.Description).HasMaxLength(TextLimits.LongText);
        builder.Property(m => m.DeclineReason).HasMaxLength(TextLimits.Reason);
        builder.Property<int>(ZongzhiDb.VersionProperty).IsConcurrencyToken();
        builder.Ignore(m => m.IsUnderSupervision);

        builder.HasMany(m => m.Parties).WithOne().HasForeignKey("MatterId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(m => m.Parties).HasField("_parties");
        builder.HasMany(m => m.Events).WithOne().HasForeignKey("MatterId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(m => m.Events).HasField("_events");
        builder.HasMany(m => m.Callbacks).WithOne().HasForeignKey("MatterId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(m => m.Callbacks).HasField("_callbacks");

        builder.OwnsOne(m => m.Transfer, transfer =>
        {
            transfer.Property(t => t.ReceivingUnit).HasMaxLength(TextLimits.ShortText);
            transfer.Property(t => t.TransferredByUserId).HasMaxLength(64);
            transfer.Property(t => t.FiledByUserId).HasMaxLength(64);
            transfer.Ignore(t => t.IsFiled);
            transfer.OwnsOne(t => t.Notice, notice =>
            {
                notice.Property(n => n.DocumentNumber).HasMaxLength(TextLimits.Code);
                notice.Property(n => n.AddressedTo).HasMaxLength(TextLimits.ShortText);
                notice.Property(n => n.Text).HasMaxLength(TextLimits.LongText);
            });
        });
        builder.OwnsOne(m => m.ArchiveRecord, archive =>
        {
            archive.Property(a => a.ArchiveNumber).HasMaxLength(TextLimits.Code);
            archive.Property(a => a.ArchivedByUserId).HasMaxLength(64);
            archive.PrimitiveCollection(a => a.Materials).HasField("_materials");
        });

        // The supervision board and search filter by these and page by Id (keyset).
        builder.HasIndex(m => new { m.Status, m.Id });
        builder.HasIndex(m => new { m.VillageId, m.Id });
        builder.HasIndex(m => new { m.Category, m.Id });
        builder.HasIndex(m => m.ReceivedAt);
        // The monthly statistics count matters closed in a month (issue 8).
        builder.HasIndex(m => m.ClosedAt);
    }
}

public sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> builder)
    {
        builder.ToTable("Parties");
        builder.Property(p => p.Name).HasMaxLength(TextLimits.PersonName);
        // Encrypted at rest with a keyed search hash (issue 7).
        builder.HasPersonalData(p => p.Phone, PersonalDataKind.Phone);
        builder.HasPersonalData(p => p.IdNumber, PersonalDataKind.IdNumber);
        builder.Property(p => p.Address).HasMaxLength(TextLimits.Address);
        builder.Property(p => p.LinkedUserId).HasMaxLength(64);
        builder.Ignore(p => p.IsRespondent);
        builder.HasIndex(p => p.LinkedUserId);
        builder.HasIndex(p => p.DepartmentId);
    }
}

public sealed class MatterEventConfiguration : IEntityTypeConfiguration<MatterEvent>
{
    public void Configure(EntityTypeBuilder<MatterEvent> builder)
    {
        builder.ToTable("MatterEvents");
        builder.Property(e => e.ActorUserId).HasMaxLength(64);
        builder.Property(e => e.Summary).HasMaxLength(1000);
        builder.Property(e => e.Details).HasMaxLength(TextLimits.LongText);
        // The monthly statistics count events of one kind in a month (accepted matters) without reading the timeline.
        builder.HasIndex(e => new { e.Kind, e.At });
    }
}

public sealed class CallbackConfiguration : IEntityTypeConfiguration<Callback>
{
    public void Configure(EntityTypeBuilder<Callback> builder)
    {
        builder.ToTable("Callbacks");
        builder.Property(c => c.Notes).HasMaxLength(TextLimits.LongText);
        builder.Property(c => c.ByUserId).HasMaxLength(64);
        builder.HasIndex(c => c.CalledBackOn);
    }
}
