using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FriendlyGov.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency");
        builder.HasKey(r => r.RequestId);
        builder.Property(r => r.RequestId).ValueGeneratedNever();
        builder.Property(r => r.Actor).HasMaxLength(200).IsRequired().HasDefaultValue(string.Empty);
        builder.Property(r => r.Request).HasMaxLength(100).IsRequired();
        builder.Property(r => r.ContentHash).HasMaxLength(64).IsRequired().HasDefaultValue(string.Empty);
        builder.Property(r => r.ResponseType).HasMaxLength(300).IsRequired();
        builder.Property(r => r.Response).IsRequired();
    }
}
