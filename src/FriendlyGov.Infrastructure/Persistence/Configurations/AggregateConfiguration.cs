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

    public static PropertyBuilder<TValue> Json<T, TValue>(this EntityTypeBuilder<T> builder, string field, string column)
        where T : class =>
        builder.Property<TValue>(field)
            .HasColumnName(column)
            .HasConversion(JsonColumns.Converter<TValue>(), JsonColumns.Comparer<TValue>())
            .UsePropertyAccessMode(PropertyAccessMode.Field);
}
