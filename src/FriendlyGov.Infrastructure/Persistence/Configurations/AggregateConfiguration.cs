using FriendlyGov.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FriendlyGov.Infrastructure.Persistence.Configurations;

/// <summary>What every aggregate's table shares: its id, its version as the concurrency token, no events stored.</summary>
internal static class AggregateConfiguration
{
    public static void ConfigureAggregate<T>(this EntityTypeBuilder<T> builder, string table)
        where T : AggregateRoot
    {
        builder.ToTable(table);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.DomainEvents);
    }

    /// <summary>A list of immutable records stored as one JSON column, its changes found by <see cref="JsonColumns.ImmutableElements{TElement}"/>.</summary>
    public static PropertyBuilder<List<TElement>> JsonList<T, TElement>(this EntityTypeBuilder<T> builder, string field, string column)
        where T : class
        where TElement : class =>
        builder.Property<List<TElement>>(field)
            .HasColumnName(column)
            .HasConversion(JsonColumns.ListConverter<TElement>(), JsonColumns.ImmutableElements<TElement>())
            .UsePropertyAccessMode(PropertyAccessMode.Field);
}
