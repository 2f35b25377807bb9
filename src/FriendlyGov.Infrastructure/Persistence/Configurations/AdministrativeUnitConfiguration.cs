using FriendlyGov.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FriendlyGov.Infrastructure.Persistence.Configurations;

internal sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> builder)
    {
        builder.ConfigureAggregate("units");
        builder.Property(u => u.Code).HasMaxLength(5).IsRequired();
        builder.HasIndex(u => new { u.Code, u.ExistedFrom }).IsUnique();
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.Name).HasMaxLength(200).IsRequired();
        builder.Property(u => u.Province).HasMaxLength(100).IsRequired();
        builder.HasIndex(u => u.Province);
        builder.Property(u => u.District).HasMaxLength(200);
        builder.Ignore(u => u.Predecessors);
        builder.Ignore(u => u.Successors);
        builder.JsonList<AdministrativeUnit, UnitChange>("_predecessors", "predecessors");
        builder.JsonList<AdministrativeUnit, UnitChange>("_successors", "successors");
    }
}
