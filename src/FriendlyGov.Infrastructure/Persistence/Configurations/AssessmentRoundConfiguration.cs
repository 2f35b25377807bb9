using FriendlyGov.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FriendlyGov.Infrastructure.Persistence.Configurations;

internal sealed class AssessmentRoundConfiguration : IEntityTypeConfiguration<AssessmentRound>
{
    public void Configure(EntityTypeBuilder<AssessmentRound> builder)
    {
        builder.ConfigureAggregate("rounds");
        builder.Property(r => r.Framework).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Period).HasMaxLength(16).IsRequired();
        builder.Property(r => r.Province).HasMaxLength(100).IsRequired();
        builder.Property(r => r.OpenedBy).HasMaxLength(200).IsRequired();
        builder.Ignore(r => r.UnitCodes);
        builder.Ignore(r => r.FrameworkId);
        builder.Ignore(r => r.AssessmentPeriod);
        builder.JsonList<AssessmentRound, string>("_unitCodes", "unit_codes");
    }
}
