using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Periods;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FriendlyGov.Infrastructure.Persistence.Configurations;

/// <summary>Dossier statistics: one row per unit and period, the period as written (<c>2024-Q1</c>).</summary>
internal sealed class DossierStatisticsConfiguration : IEntityTypeConfiguration<DossierStatistics>
{
    public void Configure(EntityTypeBuilder<DossierStatistics> builder)
    {
        builder.ConfigureAggregate("dossier_statistics");
        builder.Property(s => s.UnitCode).HasMaxLength(5).IsRequired();
        builder.Property(s => s.Period).HasConversion(p => p.ToString(), text => AssessmentPeriod.Parse(text)).HasMaxLength(16).IsRequired();
        builder.HasIndex(s => new { s.UnitCode, s.Period }).IsUnique();
        builder.ComplexProperty(s => s.Counts, counts =>
        {
            counts.Property(c => c.Received).HasColumnName("received");
            counts.Property(c => c.ResolvedOnTime).HasColumnName("resolved_on_time");
            counts.Property(c => c.ResolvedLate).HasColumnName("resolved_late");
            counts.Property(c => c.Overdue).HasColumnName("overdue");
            counts.Property(c => c.Pending).HasColumnName("pending");
            counts.Property(c => c.FiledOnline).HasColumnName("filed_online");
        });
        builder.Property(s => s.RecordedBy).HasMaxLength(200).IsRequired();
    }
}
