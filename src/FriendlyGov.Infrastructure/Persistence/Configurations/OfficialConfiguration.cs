using FriendlyGov.Domain.Conduct;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FriendlyGov.Infrastructure.Persistence.Configurations;

internal sealed class OfficialConfiguration : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> builder)
    {
        builder.ConfigureAggregate("officials");
        builder.Property(o => o.Code).HasMaxLength(64).IsRequired();
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.DisplayName).HasMaxLength(200).IsRequired();
        builder.Ignore(o => o.Postings);
        builder.JsonList<Official, Posting>("_postings", "postings");
    }
}
