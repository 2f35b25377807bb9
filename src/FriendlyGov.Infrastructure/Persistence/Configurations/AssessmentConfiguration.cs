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
        builder.HasIndex(a => new { a.UnitCode, a.UnitExistedFrom });
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(a => a.Evidence);
        builder.JsonList<Assessment, EvidenceEntry>("_evidence", "evidence");
        builder.Property(a => a.FinalScorecard)
            .HasColumnName("final_scorecard")
            .HasConversion(JsonColumns.Converter<ScorecardSnapshot?>(), JsonColumns.Comparer<ScorecardSnapshot?>());

        // The standing kept beside the final scorecard, so that rankings and histories read columns, not JSON.
        builder.Property(a => a.FinalUnitKind).HasConversion<string>().HasMaxLength(16);

        // Covers a ranking's read, so that SQLite never reads a row, whose new columns sit after its
        // JSON: every column the read selects or filters on, FinalizedAt included (SQLite counts the
        // partial filter's column as read). The kind comes second, so that a ranking of one kind
        // seeks its rows rather than filtering the round's; the ranking is ordered in memory.
        builder.HasIndex(a => new { a.RoundId, a.FinalUnitKind, a.FinalRatingRank, a.FinalTotal, a.UnitCode, a.FinalRating, a.FinalUnitName, a.FinalizedAt })
            .HasDatabaseName("IX_assessments_final_standing")
            .HasFilter("\"FinalizedAt\" IS NOT NULL");
    }
}
