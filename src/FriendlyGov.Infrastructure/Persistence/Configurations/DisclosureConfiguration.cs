using FriendlyGov.Domain.Disclosures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FriendlyGov.Infrastructure.Persistence.Configurations;

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> builder)
    {
        builder.ConfigureAggregate("disclosures");
        builder.Property(d => d.UnitCode).HasMaxLength(5).IsRequired();
        builder.Property(d => d.ItemId).HasMaxLength(128).IsRequired();
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Occasion);
        builder.Property(d => d.PostedFrom);
        builder.Property(d => d.PostedUntil);
        builder.HasIndex(d => new { d.UnitCode, d.ItemId, d.Occasion, d.Channel, d.PostedFrom }).IsUnique();
    }
}
