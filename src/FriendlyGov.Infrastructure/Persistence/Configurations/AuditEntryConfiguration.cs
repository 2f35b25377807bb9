using FriendlyGov.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FriendlyGov.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    /// <summary>The order in which entries were written; entries with the same instant keep it.</summary>
    public const string Sequence = "Sequence";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_trail");
        builder.Property<long>(Sequence).ValueGeneratedOnAdd();
        builder.HasKey(Sequence);
        builder.HasIndex(e => e.Id).IsUnique();
        builder.Property(e => e.Actor).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(200).IsRequired();
        builder.HasIndex(e => e.Subject);
        builder.Property(e => e.Summary).IsRequired();
    }
}
