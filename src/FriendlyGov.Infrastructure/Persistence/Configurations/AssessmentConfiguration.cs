using FriendlyGov.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FriendlyGov.Infrastructure.Persistence.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ConfigureAggregate("assessments");
        builder.Property(a => a.UnitCode).HasMaxLength(5).IsRequired();
        builder.HasIndex(a => new { a.RoundId, a.UnitCode }).IsUnique();
        builder.HasIndex(a => a.UnitCode);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(a => a.Evidence);
        builder.JsonList<Assessment, EvidenceEntry>("_evidence", "evidence");
        builder.Property(a => a.FinalScorecard)
            .HasColumnName("final_scorecard")
            .HasConversion(JsonColumns.Converter<ScorecardSnapshot?>(), JsonColumns.Comparer<ScorecardSnapshot?>());
    }
}
