using FriendlyGov.Domain;
using FriendlyGov.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FriendlyGov.Infrastructure.Persistence.Configurations;

/// <summary>A coordination plan is one row: its parties and its items (with their milestones and updates) are JSON columns.</summary>
internal sealed class CoordinationPlanConfiguration : IEntityTypeConfiguration<CoordinationPlan>
{
    public void Configure(EntityTypeBuilder<CoordinationPlan> builder)
    {
        builder.ConfigureAggregate("coordination_plans");
        builder.Property(p => p.Province).HasMaxLength(100).IsRequired();
        builder.HasIndex(p => p.Province);
        builder.Property(p => p.Period).HasMaxLength(16).IsRequired();
        builder.Property(p => p.Title)
            .HasColumnName("title")
            .HasConversion(JsonColumns.Converter<LocalizedText>(), JsonColumns.Comparer<LocalizedText>())
            .IsRequired();
        builder.Property(p => p.CreatedBy).HasMaxLength(200).IsRequired();
        builder.Ignore(p => p.PlanPeriod);
        builder.Ignore(p => p.Parties);
        builder.Ignore(p => p.Items);
        builder.JsonList<CoordinationPlan, PlanBody>("_parties", "parties");
        builder.JsonList<CoordinationPlan, PlanItem>("_items", "items");
    }
}
