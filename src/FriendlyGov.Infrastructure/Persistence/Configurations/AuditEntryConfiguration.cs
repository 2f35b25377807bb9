using FriendlyGov.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FriendlyGov.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_trail");

        // The key stays "generated" so that EF gives staged entries distinct temporary keys, in the
        // order they were added; AuditChainWriter replaces them with the chain's gap-free numbers
        // before the insert, so the database never generates one. Being the key, it is unique:
        // two commits that read the same last entry cannot both be saved.
        builder.Property(e => e.Sequence).ValueGeneratedOnAdd();
        builder.HasKey(e => e.Sequence);
        builder.HasIndex(e => e.Id).IsUnique();
        builder.Property(e => e.Actor).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(200).IsRequired();
        builder.HasIndex(e => e.Subject);
        builder.Property(e => e.Summary).IsRequired();
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired().HasDefaultValue(string.Empty);
        builder.Property(e => e.Hash).HasMaxLength(64).IsRequired().HasDefaultValue(string.Empty);
        builder.Ignore(e => e.IsLinked);
    }
}
