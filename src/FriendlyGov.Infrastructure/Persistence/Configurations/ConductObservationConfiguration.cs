using FriendlyGov.Domain.Conduct;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FriendlyGov.Infrastructure.Persistence.Configurations;

internal sealed class ConductObservationConfiguration : IEntityTypeConfiguration<ConductObservation>
{
    public void Configure(EntityTypeBuilder<ConductObservation> builder)
    {
        builder.ConfigureAggregate("observations");
        builder.OwnsOne(o => o.Key, key =>
        {
            key.Property(k => k.OfficialCode).HasColumnName("official_code").HasMaxLength(64).IsRequired();
            key.Property(k => k.RuleId).HasColumnName("rule_id").HasMaxLength(64).IsRequired();
            key.Property(k => k.On).HasColumnName("on_date");
            key.Property(k => k.SourceReference).HasColumnName("source_reference").HasMaxLength(200).IsRequired();
            key.HasIndex(k => new { k.OfficialCode, k.RuleId, k.On, k.SourceReference }).IsUnique();
        });
        builder.Navigation(o => o.Key).IsRequired();
        builder.Property(o => o.UnitCode).HasMaxLength(5).IsRequired();
        builder.HasIndex(o => o.UnitCode);
        builder.Property(o => o.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Account).IsRequired();
        builder.Ignore(o => o.RuleId);
        builder.Ignore(o => o.OfficialCode);
        builder.Ignore(o => o.On);
        builder.Ignore(o => o.Status);
        builder.Ignore(o => o.History);
        builder.Ignore(o => o.ReportedAt);
        builder.JsonList<ConductObservation, ObservationStep>("_history", "history");
    }
}
